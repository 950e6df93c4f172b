package statewise.layout;

/**
 * Measures what the layout must make room for, with the caller's own fonts: the designer's canvas measures with
 * JavaFX text metrics, the headless renderer with Java2D's. The layout never measures text itself, so whatever draws
 * the result fits its text exactly into the boxes it gets back.
 */
public interface DiagramSizer {

    /** The box of a state drawn as a plain node (every state that has no nested states). */
    Size state(NodeKind kind, String name);

    /**
     * The title strip of a container (a Parallel or Map state, or a Parallel branch): its height is the space kept
     * above the container's content, its width the least width of the container.
     */
    Size title(NodeKind kind, String title);

    /** The box of an edge label. */
    Size label(EdgeKind kind, String text);

    /** The box of the Start or End marker. */
    Size marker(NodeKind kind);
}
