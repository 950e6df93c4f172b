package statewise.engine.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The elements of a {@link SourceMap} in a few flat arrays rather than a string and an object per element: for each,
 * its parent, its member key (the parser's own string) or array index, and its offsets. A pointer is found by
 * walking its tokens from the root through one open-addressing table keyed by (parent, key or index), without
 * building a string; the pointer of an element is built only when asked for. Reading a 1,000-state definition
 * records some 20,000 elements, so a string and two objects each were most of what parsing allocated.
 *
 * <p>Elements are numbered as the parser meets them, so a parent's number is below its children's. Where a key is
 * repeated in one object, the later element wins a lookup, as it would in a map filled in reading order.
 */
final class PointerTable {

    static final int NONE = -1;

    private static final int PARENT = 0;
    private static final int KEY_START = 1;
    private static final int KEY_END = 2;
    private static final int VALUE_START = 3;
    private static final int VALUE_END = 4;
    private static final int INDEX = 5;
    private static final int STRIDE = 6;

    private int[] data;
    private @Nullable String[] keys;
    private int count;
    private int root = NONE;
    private int[] table = new int[0];
    private boolean repeatedKeys;

    PointerTable(int expectedSize) {
        int capacity = Math.max(16, expectedSize);
        data = new int[capacity * STRIDE];
        keys = new String[capacity];
    }

    /**
     * Adds an element under {@code parent} ({@link #NONE} for the root): a member named {@code key}, or array
     * element {@code index} when {@code key} is null. Returns its number.
     */
    int add(int parent, @Nullable String key, int index, int keyStart, int keyEnd, int valueStart, int valueEnd) {
        if (count == keys.length) {
            data = Arrays.copyOf(data, data.length * 2);
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        int at = count * STRIDE;
        data[at + PARENT] = parent;
        data[at + KEY_START] = keyStart;
        data[at + KEY_END] = keyEnd;
        data[at + VALUE_START] = valueStart;
        data[at + VALUE_END] = valueEnd;
        data[at + INDEX] = key == null ? index : NONE;
        keys[count] = key;
        if (parent == NONE) {
            root = count;
        }
        return count++;
    }

    /** Sets where the value of element {@code element} ends (a container's end is known only when it closes). */
    void end(int element, int valueEnd) {
        data[element * STRIDE + VALUE_END] = valueEnd;
    }

    /**
     * Trims the arrays to the elements read (the history keeps a few dozen readings) and builds the lookup table, at
     * most three quarters full; called once, after the last {@link #add}.
     */
    void seal() {
        data = Arrays.copyOf(data, count * STRIDE);
        keys = Arrays.copyOf(keys, count);
        int size = Integer.highestOneBit(Math.max(8, count + count / 3)) << 1;
        table = new int[size];
        int mask = size - 1;
        for (int e = 0; e < count; e++) {
            String key = keys[e];
            int slot = spread(data[e * STRIDE + PARENT], key == null ? indexHash(data[e * STRIDE + INDEX])
                    : key.hashCode()) & mask;
            while (table[slot] != 0) {
                int other = table[slot] - 1;
                repeatedKeys |= data[other * STRIDE + PARENT] == data[e * STRIDE + PARENT] && key != null
                        && key.equals(keys[other]);
                slot = (slot + 1) & mask;
            }
            table[slot] = e + 1;
        }
    }

    int size() {
        return count;
    }

    /** True when some object repeats a key, so that some elements are shadowed by a later one of the same pointer. */
    boolean repeatedKeys() {
        return repeatedKeys;
    }

    /**
     * The keys of the members of element {@code element}, in reading order, or null when one has no key (an array's
     * elements) or starts before the member read before it. An element's members are read while it is open, so they
     * come before the first later element whose parent was read before it.
     */
    @Nullable List<String> memberKeys(int element) {
        List<String> out = new ArrayList<>();
        int last = -1;
        for (int e = element + 1; e < count && data[e * STRIDE + PARENT] >= element; e++) {
            if (data[e * STRIDE + PARENT] != element) {
                continue;
            }
            int start = keyStart(e) >= 0 ? keyStart(e) : valueStart(e);
            if (keys[e] == null || start < last) {
                return null;
            }
            last = start;
            out.add(keys[e]);
        }
        return out;
    }

    int parent(int element) {
        return data[element * STRIDE + PARENT];
    }

    int keyStart(int element) {
        return data[element * STRIDE + KEY_START];
    }

    int keyEnd(int element) {
        return data[element * STRIDE + KEY_END];
    }

    int valueStart(int element) {
        return data[element * STRIDE + VALUE_START];
    }

    int valueEnd(int element) {
        return data[element * STRIDE + VALUE_END];
    }

    /** The element's reference token, escaped as a pointer writes it. */
    String token(int element) {
        String key = keys[element];
        return key == null ? Integer.toString(data[element * STRIDE + INDEX]) : JsonPointer.escape(key);
    }

    /** The pointer of an element, built from its ancestors' tokens. */
    String pointer(int element) {
        if (data[element * STRIDE + PARENT] == NONE) {
            return JsonPointer.ROOT;
        }
        StringBuilder out = new StringBuilder(64);
        appendPointer(out, element);
        return out.toString();
    }

    private void appendPointer(StringBuilder out, int element) {
        int parent = data[element * STRIDE + PARENT];
        if (parent == NONE) {
            return;
        }
        appendPointer(out, parent);
        out.append('/').append(token(element));
    }

    /** The element {@code pointer} names, or {@link #NONE}; the last of several with that pointer. */
    int find(String pointer) {
        if (root == NONE || (!pointer.isEmpty() && pointer.charAt(0) != '/')) {
            return NONE;
        }
        return pointer.isEmpty() ? root : descend(root, pointer, 1);
    }

    /** Finds the tokens of {@code pointer} from {@code from} on below {@code parent}. */
    private int descend(int parent, String pointer, int from) {
        int slash = pointer.indexOf('/', from);
        int to = slash < 0 ? pointer.length() : slash;
        int tilde = pointer.indexOf('~', from);
        String unescaped = tilde >= 0 && tilde < to ? JsonPointer.unescape(pointer.substring(from, to)) : null;
        int keyHash = unescaped != null ? unescaped.hashCode() : hash(pointer, from, to);
        int index = unescaped == null ? arrayIndex(pointer, from, to) : NONE;
        int found = probe(parent, keyHash, pointer, from, to, unescaped, index, slash);
        if (index != NONE && (found == NONE || repeatedKeys)) {
            found = Math.max(found, probe(parent, indexHash(index), pointer, from, to, null, index, slash));
        }
        return found;
    }

    /**
     * The last element below {@code parent} whose token is the one from {@code from} to {@code to} and under which
     * the rest of the pointer is found. Without repeated keys at most one element has that parent and token, so
     * the search stops at it.
     */
    private int probe(int parent, int hash, String pointer, int from, int to, @Nullable String unescaped, int index,
            int slash) {
        int mask = table.length - 1;
        int best = NONE;
        for (int slot = spread(parent, hash) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            int e = table[slot] - 1;
            if (data[e * STRIDE + PARENT] == parent && matches(e, pointer, from, to, unescaped, index)) {
                best = Math.max(best, slash < 0 ? e : descend(e, pointer, slash + 1));
                if (!repeatedKeys) {
                    return best;
                }
            }
        }
        return best;
    }

    private boolean matches(int element, String pointer, int from, int to, @Nullable String unescaped, int index) {
        String key = keys[element];
        if (key == null) {
            return unescaped == null && index != NONE && data[element * STRIDE + INDEX] == index;
        }
        return unescaped != null ? unescaped.equals(key)
                : key.length() == to - from && pointer.regionMatches(from, key, 0, to - from);
    }

    /** {@link String#hashCode()} of {@code s.substring(from, to)}, without the substring. */
    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    /** The array index a token writes (digits without a leading zero, as pointers write indexes), else NONE. */
    private static int arrayIndex(String s, int from, int to) {
        if (to == from || to - from > 9 || (s.charAt(from) == '0' && to - from > 1)) {
            return NONE;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return NONE;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int indexHash(int index) {
        return ~index * 0x9E3779B1;
    }

    private static int spread(int parent, int keyHash) {
        int h = keyHash * 31 + parent * 0x85EBCA6B;
        return h ^ (h >>> 16);
    }
}
