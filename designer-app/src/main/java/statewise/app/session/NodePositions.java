package statewise.app.session;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where the user placed diagram nodes, by the JSON pointer of their state. Positions are not ASL: they live in the
 * sidecar layout file next to the definition and in the session's history, never in the definition's text.
 *
 * @param byPointer positions in insertion order; states without one are placed by the automatic layout
 */
public record NodePositions(Map<String, Position> byPointer) {

    private static final NodePositions NONE = new NodePositions(Map.of());

    /** A node's top-left corner in diagram coordinates. */
    public record Position(double x, double y) {
    }

    public NodePositions {
        byPointer = Collections.unmodifiableMap(new LinkedHashMap<>(byPointer));
    }

    public static NodePositions none() {
        return NONE;
    }

    public boolean isEmpty() {
        return byPointer.isEmpty();
    }

    public @Nullable Position get(String pointer) {
        return byPointer.get(pointer);
    }

    /** The pointers whose position differs in {@code other}: moved, added or dropped. */
    public Set<String> changedIn(NodePositions other) {
        Set<String> changed = new HashSet<>();
        byPointer.forEach((pointer, position) -> {
            if (!position.equals(other.get(pointer))) {
                changed.add(pointer);
            }
        });
        other.byPointer.keySet().stream().filter(pointer -> get(pointer) == null).forEach(changed::add);
        return changed;
    }

    /** These positions with {@code moved} added or replaced. */
    public NodePositions with(Map<String, Position> moved) {
        Map<String, Position> all = new LinkedHashMap<>(byPointer);
        all.putAll(moved);
        return new NodePositions(all);
    }
}
