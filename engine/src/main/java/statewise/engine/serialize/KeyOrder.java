package statewise.engine.serialize;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.SourceMap;

/**
 * The key order of every object of a previous revision, by JSON Pointer. The model does not remember where a known
 * field was written, so a canvas edit that re-serializes the model would otherwise reorder the author's fields;
 * with this hint, keys that existed keep their relative order and new keys join their conventional neighbours.
 */
public final class KeyOrder {

    private static final KeyOrder NONE = new KeyOrder(Map.of());

    private final Map<String, List<String>> keysByPointer;

    private KeyOrder(Map<String, List<String>> keysByPointer) {
        this.keysByPointer = keysByPointer;
    }

    /** No hint: every object is written in the conventional order. */
    public static KeyOrder none() {
        return NONE;
    }

    /**
     * The key order of a parsed document, read from its source map (the text is not read again). An object with
     * no members is recognised by its opening brace: YAML writes an empty mapping in flow style too.
     */
    public static KeyOrder of(AslDocument document) {
        return collect(document, visit -> document.sourceMap().forEach(visit));
    }

    /**
     * Like {@link #of(AslDocument)}, from the elements down to {@code depth} (the root's members are at depth 1)
     * and every element within the subtrees at {@code within} (those the document lacks are skipped) only: an
     * object's order is known from its members among those, an empty object when it is among them itself. A caller
     * that writes a few states of a large document names them, and keeps the cost of a pointer and a test per state
     * it does not write. Precondition: the subtrees lie deeper than {@code depth} and none lies within another.
     */
    public static KeyOrder of(AslDocument document, int depth, Collection<String> within) {
        SourceMap sourceMap = document.sourceMap();
        return collect(document, visit -> {
            sourceMap.forEach(pointer -> depth(pointer) < depth, visit);
            for (String subtree : within) {
                sourceMap.forEachWithin(subtree, visit);
            }
        });
    }

    /** The number of tokens of a pointer: 0 for the root. */
    private static int depth(String pointer) {
        int tokens = 0;
        for (int at = pointer.indexOf('/'); at >= 0; at = pointer.indexOf('/', at + 1)) {
            tokens++;
        }
        return tokens;
    }

    /** The key order of the elements {@code walk} hands to its visitor, from their offsets in the text. */
    private static KeyOrder collect(AslDocument document, Consumer<BiConsumer<String, SourceMap.Entry>> walk) {
        String text = document.text();
        Map<String, List<Member>> members = new HashMap<>();
        walk.accept((pointer, entry) -> {
            int keyStart = entry.keyStartOffset();
            if (keyStart >= 0) {
                members.computeIfAbsent(JsonPointer.parent(pointer), p -> new ArrayList<>())
                        .add(new Member(keyStart, JsonPointer.lastToken(pointer)));
            }
            int start = entry.valueStartOffset();
            if (start >= 0 && start < text.length() && text.charAt(start) == '{') {
                members.computeIfAbsent(pointer, p -> new ArrayList<>());
            }
        });
        Map<String, List<String>> keys = new HashMap<>(members.size() * 2);
        members.forEach((pointer, list) -> {
            list.sort(Comparator.comparingInt(Member::offset));
            keys.put(pointer, list.stream().map(Member::key).toList());
        });
        return new KeyOrder(keys);
    }

    /** The key order of a JSON tree, e.g. one read from a previous text with Jackson. */
    public static KeyOrder of(JsonNode root) {
        Map<String, List<String>> keys = new HashMap<>();
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        pending.push(Map.entry(JsonPointer.ROOT, root));
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> next = pending.pop();
            String pointer = next.getKey();
            JsonNode node = next.getValue();
            if (node.isObject()) {
                List<String> names = new ArrayList<>(node.size());
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    names.add(field.getKey());
                    pending.push(Map.entry(JsonPointer.child(pointer, field.getKey()), field.getValue()));
                }
                keys.put(pointer, Collections.unmodifiableList(names));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(Map.entry(JsonPointer.child(pointer, i), node.get(i)));
                }
            }
        }
        return new KeyOrder(keys);
    }

    /** The keys of the object at {@code pointer} in their previous order, or null when it had no object there. */
    public @Nullable List<String> keys(String pointer) {
        return keysByPointer.get(pointer);
    }

    /** True when the object at {@code pointer} was known and did not have {@code key}. */
    boolean knownWithout(String pointer, String key) {
        List<String> keys = keysByPointer.get(pointer);
        return keys != null && !keys.contains(key);
    }

    /**
     * Arranges an object's keys. Precondition: {@code conventional} lists distinct keys in the conventional order.
     * Postcondition: keys found in {@code previous} come in their previous relative order; each other key comes
     * right after the nearest key before it in the conventional order that was there previously (after the keys
     * already placed there), or first when there is none.
     *
     * @return the indices into {@code conventional}, in the order to write them
     */
    static int[] arrange(@Nullable List<String> previous, List<String> conventional) {
        int n = conventional.size();
        int[] order = new int[n];
        if (previous == null || previous.isEmpty() || previous.equals(conventional)) {
            Arrays.setAll(order, i -> i);
            return order;
        }
        Map<String, Integer> rank = new HashMap<>(previous.size() * 2);
        for (int i = 0; i < previous.size(); i++) {
            rank.putIfAbsent(previous.get(i), i);
        }
        boolean[] known = new boolean[n];
        List<Integer> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            known[i] = rank.containsKey(conventional.get(i));
            if (known[i]) {
                kept.add(i);
            }
        }
        kept.sort(Comparator.comparingInt(i -> rank.get(conventional.get(i))));
        int at = appendNewRun(order, 0, known, 0);
        for (int k : kept) {
            order[at++] = k;
            at = appendNewRun(order, at, known, k + 1);
        }
        return order;
    }

    /** Appends the new keys from {@code from} up to the next known key: the ones anchored to the key before. */
    private static int appendNewRun(int[] order, int at, boolean[] known, int from) {
        int next = at;
        for (int i = from; i < known.length && !known[i]; i++) {
            order[next++] = i;
        }
        return next;
    }

    private record Member(int offset, String key) {
    }
}
