package statewise.engine.document;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6901 JSON Pointers as plain strings ({@code ""} is the whole document, {@code "/States/A~1B"} is the state
 * named {@code A/B}). Strings keep them cheap as map keys and readable in diagnostics.
 */
public final class JsonPointer {

    public static final String ROOT = "";

    private JsonPointer() {
    }

    /**
     * The pointer to member {@code key} of the object at {@code parent}. Built with a sized builder rather than
     * {@code +}: reading and validating call this for every state after each pause in typing, mostly before the
     * JIT has compiled it, and interpreted string concatenation through invokedynamic costs several times more.
     */
    public static String child(String parent, String key) {
        String token = escape(key);
        return new StringBuilder(parent.length() + 1 + token.length()).append(parent).append('/').append(token)
                .toString();
    }

    /** The pointer to element {@code index} of the array at {@code parent}. */
    public static String child(String parent, int index) {
        return new StringBuilder(parent.length() + 8).append(parent).append('/').append(index).toString();
    }

    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    public static String unescape(String token) {
        if (token.indexOf('~') < 0) {
            return token;
        }
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** The reference tokens of a pointer, unescaped; {@code ""} gives an empty list. */
    public static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
        }
        int start = 1;
        for (int i = 1; i <= pointer.length(); i++) {
            if (i == pointer.length() || pointer.charAt(i) == '/') {
                tokens.add(unescape(pointer.substring(start, i)));
                start = i + 1;
            }
        }
        return tokens;
    }

    /** The pointer of the enclosing value, or {@code ""} for a top-level member; the root has no parent. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("the root has no parent");
        }
        return pointer.substring(0, slash);
    }

    /** The last reference token, unescaped. */
    public static String lastToken(String pointer) {
        int slash = pointer.lastIndexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("the root has no last token");
        }
        return unescape(pointer.substring(slash + 1));
    }
}
