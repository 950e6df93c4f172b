package statewise.engine.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Every pointer of a {@link SourceMap} with the element it names, in reading order, as a map built on first use.
 * Where an object repeats a key, the table holds members that no pointer names (a pointer names the last one read),
 * so the source map answers through this map instead of walking the table; {@link SourceMap#pointers} hands out its
 * keys. A document without repeated keys, nearly every one, never needs it otherwise: it holds a string per
 * element, and the document is read again after every pause in typing.
 */
final class PointerIndex {

    private final PointerTable table;
    private volatile @Nullable Map<String, Integer> byPointer;

    PointerIndex(PointerTable table) {
        this.table = table;
    }

    /**
     * Every pointer and the number of the element it names (the last one read, where keys repeat), in reading
     * order; built once, when first asked for (racing threads may both build it, to the same effect).
     */
    Map<String, Integer> byPointer() {
        Map<String, Integer> all = byPointer;
        if (all == null) {
            all = new LinkedHashMap<>(table.size() * 2);
            for (int e = 0; e < table.size(); e++) {
                all.put(table.pointer(e), e);
            }
            all = Collections.unmodifiableMap(all);
            byPointer = all;
        }
        return all;
    }

    /** Visits every pointer with its element whose ancestors all pass {@code descend}, in reading order. */
    void forEach(Predicate<String> descend, BiConsumer<String, Integer> visitor) {
        byPointer().forEach((pointer, e) -> {
            if (ancestorsPass(pointer, descend)) {
                visitor.accept(pointer, e);
            }
        });
    }

    private static boolean ancestorsPass(String pointer, Predicate<String> descend) {
        String at = pointer;
        while (!at.equals(JsonPointer.ROOT)) {
            at = JsonPointer.parent(at);
            if (!descend.test(at)) {
                return false;
            }
        }
        return true;
    }

    /** {@link SourceMap#pointerAt} among the elements a pointer names: those repeated keys shadow do not count. */
    String pointerAt(int offset) {
        String best = JsonPointer.ROOT;
        int bestLength = Integer.MAX_VALUE;
        for (Map.Entry<String, Integer> named : byPointer().entrySet()) {
            int e = named.getValue();
            int start = table.keyStart(e) < 0 ? table.valueStart(e) : table.keyStart(e);
            int end = table.valueEnd(e);
            if (offset >= start && offset <= end && end - start < bestLength) {
                best = named.getKey();
                bestLength = end - start;
            }
        }
        return best;
    }
}
