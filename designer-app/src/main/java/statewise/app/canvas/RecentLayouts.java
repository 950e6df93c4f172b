package statewise.app.canvas;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.layout.DiagramGraph;
import statewise.layout.LayoutResult;
import statewise.layout.Point;

/**
 * The last few layouts made, by what they laid out (the graph and the pinned nodes), so that a diagram that comes
 * back is shown exactly as it was, routes included: an undo or redo returns to a graph laid out a moment ago, and a
 * keep-places relayout from the diagram on screen would draw it with other routes. Also answers an edit that
 * changed nothing drawn (typing inside a state's fields) with the layout on screen.
 *
 * <p>A layout kept from the one before it answers only requests that keep places; a request for a fresh layout
 * (opening a file, Tidy up) is answered only by a fresh one. Holds at most {@link #SIZE} layouts, the least recently
 * used dropped first. Thread-safe: the layout thread reads and writes it.
 */
final class RecentLayouts {

    /**
     * The most layouts kept: more than the undo steps a user walks back and forth at once. A graph and its layout
     * of 1,000 states take about 2 MB, so at most about 35 MB for the biggest workflows.
     */
    static final int SIZE = 16;

    private record Key(DiagramGraph graph, Map<String, Point> pins) {
    }

    private record Laid(boolean fresh, LayoutResult result) {
    }

    private final Map<Key, Laid> laid = new LinkedHashMap<>(SIZE * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Laid> eldest) {
            return size() > SIZE;
        }
    };

    /** The layout kept for {@code graph} with {@code pins}, or null; {@code fresh} when a fresh one is asked for. */
    synchronized @Nullable LayoutResult find(DiagramGraph graph, Map<String, Point> pins, boolean fresh) {
        Laid found = laid.get(new Key(graph, pins));
        return found == null || fresh && !found.fresh() ? null : found.result();
    }

    /** Remembers {@code result} as the layout of {@code graph} with {@code pins}, made afresh when {@code fresh}. */
    synchronized void add(DiagramGraph graph, Map<String, Point> pins, boolean fresh, LayoutResult result) {
        laid.put(new Key(graph, Map.copyOf(pins)), new Laid(fresh, result));
    }
}
