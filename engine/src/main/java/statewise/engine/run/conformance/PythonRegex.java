package statewise.engine.run.conformance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Python {@code re} patterns and {@code re.sub} replacement templates, in Java. The corpus's regex transformers are
 * written for Python; the two dialects agree on everything the corpus uses but named groups and replacement
 * escapes, which are translated here.
 */
final class PythonRegex {

    private PythonRegex() {
    }

    /** The pattern in Java syntax, or null when Java cannot compile it. */
    static @Nullable Pattern compile(String python) {
        String java = python.replace("(?P<", "(?<").replaceAll("\\(\\?P=(\\w+)\\)", "\\\\k<$1>")
                .replace("\\Z", "\\z");
        try {
            return Pattern.compile(java);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /** {@code re.sub(pattern, replacement, text)}. */
    static String replaceAll(Pattern pattern, String replacement, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, m.start()).append(expand(replacement, m));
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    /** A Python replacement template filled in for one match: {@code \1}, {@code \g<name>}, {@code \\}, {@code \n}. */
    static String expand(String template, Matcher m) {
        if (template.indexOf('\\') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '\\' || i + 1 == template.length()) {
                out.append(c);
                continue;
            }
            char next = template.charAt(++i);
            if (Character.isDigit(next)) {
                out.append(group(m, String.valueOf(next)));
            } else if (next == 'g' && i + 1 < template.length() && template.charAt(i + 1) == '<'
                    && template.indexOf('>', i) > 0) {
                int close = template.indexOf('>', i);
                out.append(group(m, template.substring(i + 2, close)));
                i = close;
            } else {
                out.append(escape(next));
            }
        }
        return out.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\\' -> "\\";
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case 'f' -> "\f";
            default -> "\\" + c;
        };
    }

    private static String group(Matcher m, String name) {
        String value = name.chars().allMatch(Character::isDigit) ? m.group(Integer.parseInt(name)) : m.group(name);
        return value == null ? "" : value;
    }
}
