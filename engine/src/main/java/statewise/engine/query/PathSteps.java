package statewise.engine.query;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a {@code $}-rooted path made only of member names and indexes ({@code $.a['b c'][0]}) into its steps:
 * {@code String} names and {@code Integer} indexes. Such paths can be walked without a JSONPath engine.
 */
final class PathSteps {

    /** Characters that give a dot-notation name a meaning beyond a plain member name. */
    private static final String SPECIAL = "\\*()@?,:'\" []";

    private PathSteps() {
    }

    /** The steps of {@code jsonPath}, or null when it uses anything but plain names and indexes. */
    static Object @Nullable [] of(String jsonPath) {
        return read(jsonPath, false);
    }

    /**
     * The steps of a checked Reference Path such as a ResultPath, where a dot-notation name may escape a character
     * with {@code \}; null when it is not made of names and indexes only.
     */
    static Object @Nullable [] ofReference(String jsonPath) {
        return read(jsonPath, true);
    }

    private static Object @Nullable [] read(String jsonPath, boolean escapes) {
        List<Object> steps = new ArrayList<>();
        int i = 1;
        int end = jsonPath.length();
        while (i < end) {
            char c = jsonPath.charAt(i);
            int next;
            if (c == '.') {
                next = name(jsonPath, i + 1, escapes, steps);
            } else if (c == '[') {
                next = bracket(jsonPath, i, steps);
            } else {
                next = -1;
            }
            if (next < 0) {
                return null;
            }
            i = next;
        }
        return steps.toArray();
    }

    private static int name(String path, int start, boolean escapes, List<Object> steps) {
        StringBuilder name = new StringBuilder();
        int i = start;
        while (i < path.length() && path.charAt(i) != '.' && path.charAt(i) != '[') {
            char c = path.charAt(i);
            if (escapes && c == '\\' && i + 1 < path.length()) {
                c = path.charAt(++i);
            } else if (SPECIAL.indexOf(c) >= 0) {
                return -1;
            }
            name.append(c);
            i++;
        }
        if (name.length() == 0) {
            return -1;
        }
        steps.add(name.toString());
        return i;
    }

    private static int bracket(String path, int open, List<Object> steps) {
        int close = path.indexOf(']', open);
        if (close < 0) {
            return -1;
        }
        String inner = path.substring(open + 1, close);
        Object step = quotedName(inner);
        if (step == null) {
            step = index(inner);
        }
        if (step == null) {
            return -1;
        }
        steps.add(step);
        return close + 1;
    }

    /**
     * The name in {@code 'name'} or {@code "name"}; inside, only the quote itself is escaped ({@code \'}), and any
     * other backslash stands for itself, as AWS reads {@code $['Test\""Name"']}.
     */
    private static @Nullable String quotedName(String inner) {
        if (inner.length() < 2) {
            return null;
        }
        char quote = inner.charAt(0);
        if ((quote != '\'' && quote != '"') || inner.charAt(inner.length() - 1) != quote) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int i = 1; i < inner.length() - 1; i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 2 < inner.length() && inner.charAt(i + 1) == quote) {
                c = inner.charAt(++i);
            } else if (c == quote) {
                return null;
            }
            name.append(c);
        }
        return name.toString();
    }

    private static @Nullable Integer index(String inner) {
        int digits = inner.startsWith("-") ? 1 : 0;
        if (inner.length() == digits || inner.length() > digits + 9) {
            return null;
        }
        for (int i = digits; i < inner.length(); i++) {
            if (!PathScanner.isDigit(inner.charAt(i))) {
                return null;
            }
        }
        return Integer.valueOf(inner);
    }
}
