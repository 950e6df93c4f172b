package statewise.layout;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import statewise.layout.keep.PlaceKeeper;
import statewise.layout.kernel.LayeredKernel;

/**
 * Lays out a diagram: the one entry point of this module for the designer's canvas, the command line and tests.
 *
 * <p>Every method is safe to call from any thread (and meant to be called off the JavaFX thread): each call works
 * on its own data and returns an immutable {@link LayoutResult}. The first layout in a process pays for loading and
 * compiling the layout kernel (about a second); call {@link #warmUp()} on a background thread at start-up so the
 * first diagram a user opens does not.
 */
public final class DiagramLayout {

    /**
     * An empty graph's layout, as the kernel makes it (its margins), without loading the kernel: a new window lays
     * out its empty definition before the first frame, when loading the kernel would cost the start. EmptyLayoutTest
     * checks it against the kernel's.
     */
    private static final LayoutResult EMPTY = new LayoutResult(new Size(40, 40), List.of(), List.of());

    /** How often {@link #warmUp()} lays out its made-up diagram. */
    static final int WARM_UP_ROUNDS = 30;

    private DiagramLayout() {
    }

    /** A fresh layout ("tidy up"): the whole diagram laid out anew, nothing pinned. */
    public static LayoutResult layout(DiagramGraph graph) {
        return layout(graph, LayoutOptions.FRESH);
    }

    /**
     * A layout that keeps what {@code options} asks for: pinned nodes exactly where the user put them (their
     * edges routed around other nodes) and, given the previous layout, the places of nodes that are still there;
     * new nodes are set where a fresh layout puts them relative to a neighbour, pushing down what lies below them,
     * and the rows below a removed node move up into its place (never past a pinned node).
     */
    public static LayoutResult layout(DiagramGraph graph, LayoutOptions options) {
        return layout(graph, options, () -> false);
    }

    /**
     * {@link #layout(DiagramGraph, LayoutOptions)} that gives up soon after {@code cancelled} turns true (the user
     * cancelled, or a newer request made this one pointless), throwing {@link CancellationException}. The token is
     * polled inside the kernel between its phases and between the steps here.
     */
    public static LayoutResult layout(DiagramGraph graph, LayoutOptions options, BooleanSupplier cancelled) {
        if (graph.nodes().isEmpty()) {
            return EMPTY;
        }
        LayoutResult fresh = LayeredKernel.layout(graph, cancelled);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("The layout was cancelled");
        }
        return PlaceKeeper.keep(graph, fresh, options);
    }

    /**
     * Loads the layout kernel and lets the JIT compile it by laying out a small made-up diagram (a Choice, a
     * Catch, a loop, a Map and a Parallel state) a few times, once with a pin. Takes a few hundred milliseconds;
     * later layouts are then fast from the first one.
     */
    public static void warmUp() {
        DiagramGraph sample = sample();
        LayoutResult last = null;
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            last = layout(sample);
        }
        layout(sample, LayoutOptions.FRESH.withPrevious(last).withPins(Map.of("/States/A",
                new Point(400, 40))));
    }

    private static DiagramGraph sample() {
        Size state = new Size(140, 40);
        Size title = new Size(120, 28);
        Size label = new Size(60, 18);
        Size marker = new Size(64, 28);
        DiagramGraph inner = new DiagramGraph(List.of(node("/States/M/ItemProcessor/States/W", NodeKind.TASK, state)),
                List.of());
        DiagramGraph lane = new DiagramGraph(List.of(node("/States/P/Branches/0/States/L", NodeKind.PASS, state)),
                List.of());
        DiagramGraph lanes = new DiagramGraph(List.of(new DiagramNode("/States/P/Branches/0", NodeKind.BRANCH, "B1",
                title, lane)), List.of());
        List<DiagramNode> nodes = List.of(node("#start", NodeKind.START, marker), node("/States/A", NodeKind.TASK,
                state), node("/States/C", NodeKind.CHOICE, state), new DiagramNode("/States/M", NodeKind.MAP, "M",
                title, inner), new DiagramNode("/States/P", NodeKind.PARALLEL, "P", title, lanes),
                node("/States/F", NodeKind.FAIL, state), node("#end", NodeKind.END, marker));
        List<DiagramEdge> edges = List.of(edge("#start", "/States/A", EdgeKind.START, -1, null),
                edge("/States/A", "/States/C", EdgeKind.NEXT, -1, null),
                edge("/States/A", "/States/F", EdgeKind.CATCH, 0, label),
                edge("/States/C", "/States/M", EdgeKind.CHOICE, 0, label),
                edge("/States/C", "/States/A", EdgeKind.CHOICE, 1, label),
                edge("/States/C", "/States/P", EdgeKind.DEFAULT, -1, label),
                edge("/States/M", "#end", EdgeKind.END, -1, null), edge("/States/P", "#end", EdgeKind.END, -1, null),
                edge("/States/F", "#end", EdgeKind.END, -1, null));
        return new DiagramGraph(nodes, edges);
    }

    private static DiagramNode node(String id, NodeKind kind, Size size) {
        return new DiagramNode(id, kind, id, size, null);
    }

    private static DiagramEdge edge(String from, String to, EdgeKind kind, int index, @Nullable Size label) {
        return new DiagramEdge(from + "->" + to + "#" + index, from, to, kind, index,
                label == null ? null : new DiagramLabel(kind.name(), label));
    }
}
