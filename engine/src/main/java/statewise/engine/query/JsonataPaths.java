package statewise.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A shortcut for the paths most JSONata of a workflow is made of, {@code $states.input.order.id}: such a path is
 * read straight from the JSON tree and handed to the library as a variable, instead of being walked by the library's
 * general path machinery, which costs several times more. An expression that is only such a path is not given to
 * the library at all.
 *
 * <p>{@link #plan} rewrites {@code $states.a.b} (names of letters, digits and {@code _}, at least one after
 * {@code $states}) into a variable where the path stands alone: not followed by a predicate, a group, a function
 * call, a sort, a binding or another step, and not itself a step of a longer path. An expression that rebinds
 * {@code $states} is left as it is.
 *
 * <p>Reading a path straight from the tree gives JSONata's value as long as no step meets an array (JSONata then
 * maps the rest of the path over the array's items); {@link #read} says when that happens, and the caller then
 * evaluates the expression as written.
 */
final class JsonataPaths {

    /** The variables that stand for the paths are named this, then their index; expressions using it are skipped. */
    static final String PREFIX = "__statewise";

    private static final Pattern REBINDS_STATES = Pattern.compile(
            "\\$states\\s*:=|(function|\\u03bb)\\s*\\([^)]*\\$states\\b|[#@]\\s*\\$states\\b");
    /** After a path, these continue it (or apply to its last step): the path is then not taken out. */
    private static final String CONTINUES = ".[{(^#@";
    private static final Object FALLBACK = new Object();

    private JsonataPaths() {
    }

    /**
     * An expression with its standalone {@code $states} paths taken out.
     *
     * @param body  the expression with variables {@code $__statewise0}, {@code $__statewise1}, ... in their place
     * @param paths each variable's path: its names after {@code $states}
     * @param whole whether the expression is nothing but its one path
     */
    record Plan(String body, List<List<String>> paths, boolean whole) {
    }

    /** The plan for {@code body}, or null when no path can be taken out. */
    static @Nullable Plan plan(String body) {
        if (body.contains(PREFIX) || REBINDS_STATES.matcher(body).find()) {
            return null;
        }
        StringBuilder rewritten = new StringBuilder();
        List<List<String>> paths = new ArrayList<>();
        int copied = 0;
        int i = 0;
        while (i < body.length()) {
            int skipped = JsonataScan.skip(body, i);
            if (skipped != i) {
                i = skipped;
                continue;
            }
            int end = body.startsWith("$states", i) ? pathEnd(body, i) : -1;
            if (end < 0) {
                i++;
                continue;
            }
            rewritten.append(body, copied, i).append('$').append(PREFIX).append(paths.size());
            paths.add(names(body.substring(i + "$states".length(), end)));
            copied = end;
            i = end;
        }
        if (paths.isEmpty()) {
            return null;
        }
        rewritten.append(body, copied, body.length());
        boolean whole = paths.size() == 1 && rewritten.toString().trim().equals("$" + PREFIX + "0");
        return new Plan(rewritten.toString(), List.copyOf(paths), whole);
    }

    /** The end of a standalone path {@code $states.name...} starting at {@code start}, or -1. */
    private static int pathEnd(String body, int start) {
        char before = JsonataScan.previousSignificant(body, start);
        if (before == '.' || start > 0 && isNamePart(body.charAt(start - 1))) {
            return -1;
        }
        int i = start + "$states".length();
        int steps = 0;
        while (i + 1 < body.length() && body.charAt(i) == '.' && isNamePart(body.charAt(i + 1))) {
            i += 2;
            while (i < body.length() && isNamePart(body.charAt(i))) {
                i++;
            }
            steps++;
        }
        if (steps == 0 || i < body.length() && isNamePart(body.charAt(i))) {
            return -1;
        }
        int next = JsonataScan.nextSignificant(body, i);
        return next < body.length() && CONTINUES.indexOf(body.charAt(next)) >= 0 ? -1 : i;
    }

    private static List<String> names(String steps) {
        List<String> names = new ArrayList<>();
        for (String name : steps.substring(1).split("\\.")) {
            names.add(name);
        }
        return List.copyOf(names);
    }

    /**
     * Reads a path from the tree: {@code $states} member, then object members.
     *
     * @return the value (null when the path selects nothing: JSONata's undefined), or {@link #fallback()} when a step
     *         meets an array and the expression must be evaluated as written
     */
    static @Nullable Object read(List<String> path, JsonataScope scope) {
        JsonNode node = scope.member(path.get(0));
        for (int i = 1; i < path.size() && node != null; i++) {
            if (node.isArray()) {
                return FALLBACK;
            }
            node = node.isObject() ? node.get(path.get(i)) : null;
        }
        return node;
    }

    /** What {@link #read} returns when the path must be left to the library. */
    static Object fallback() {
        return FALLBACK;
    }

    private static boolean isNamePart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
