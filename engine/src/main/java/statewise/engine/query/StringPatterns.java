package statewise.engine.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of the Choice rule {@code StringMatches}: {@code *} matches any run of characters (none included),
 * {@code \*} is a literal asterisk and {@code \\} a literal backslash; nothing else is special (a backslash before
 * any other character stands for itself). Patterns are split once into the literal runs between their asterisks.
 */
final class StringPatterns {

    private static final BoundedCache<String, List<String>> COMPILED = new BoundedCache<>(1024);

    private StringPatterns() {
    }

    static boolean matches(String pattern, String text) {
        List<String> literals = COMPILED.get(pattern, StringPatterns::split);
        String first = literals.get(0);
        if (literals.size() == 1) {
            return text.equals(first);
        }
        String last = literals.get(literals.size() - 1);
        if (text.length() < first.length() + last.length() || !text.startsWith(first) || !text.endsWith(last)) {
            return false;
        }
        int from = first.length();
        int limit = text.length() - last.length();
        for (int i = 1; i < literals.size() - 1; i++) {
            String literal = literals.get(i);
            int at = text.indexOf(literal, from);
            if (at < 0 || at + literal.length() > limit) {
                return false;
            }
            from = at + literal.length();
        }
        return true;
    }

    /** The literal runs around the unescaped asterisks: one more run than there are asterisks. */
    static List<String> split(String pattern) {
        List<String> literals = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()
                    && (pattern.charAt(i + 1) == '*' || pattern.charAt(i + 1) == '\\')) {
                literal.append(pattern.charAt(++i));
            } else if (c == '*') {
                literals.add(literal.toString());
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        literals.add(literal.toString());
        return List.copyOf(literals);
    }
}
