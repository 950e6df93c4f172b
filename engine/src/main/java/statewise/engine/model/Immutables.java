package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Defensive copies that keep order, for record constructors. */
final class Immutables {

    private Immutables() {
    }

    static <V> Map<String, V> orderedMap(@Nullable Map<String, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static <T> @Nullable List<T> list(@Nullable List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    static @Nullable JsonNode json(@Nullable JsonNode node) {
        return node == null ? null : node.deepCopy();
    }

    static Map<String, JsonNode> extras(@Nullable Map<String, JsonNode> extras) {
        if (extras == null || extras.isEmpty()) {
            return Map.of();
        }
        LinkedHashMap<String, JsonNode> copy = new LinkedHashMap<>();
        extras.forEach((k, v) -> copy.put(k, v.deepCopy()));
        return Collections.unmodifiableMap(copy);
    }
}
