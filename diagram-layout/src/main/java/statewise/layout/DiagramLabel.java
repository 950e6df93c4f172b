package statewise.layout;

/**
 * The text written along an edge and the room it needs.
 *
 * @param text what is written (a Choice rule's condition, {@code Default}, a catcher's errors)
 * @param size as the caller's {@link DiagramSizer} measured it
 */
public record DiagramLabel(String text, Size size) {
}
