package statewise.engine.query;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@code States.Format} template split around its {@code {}} placeholders. A template written as a literal may
 * escape {@code \{}, {@code \}}, {@code \'} and {@code \\}; one read from a path is plain text. A brace that is not
 * part of a {@code {}} pair makes the template unusable, as AWS refuses it when the call runs.
 *
 * @param parts   the text around the placeholders, one more part than there are placeholders
 * @param problem AWS's detail when the template is unusable, else null
 */
record FormatTemplate(List<String> parts, @Nullable String problem) {

    /** The template in {@code text}; with {@code escapes}, a backslash takes the next character literally. */
    static FormatTemplate parse(String text, boolean escapes) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escapes && c == '\\' && i + 1 < text.length()) {
                part.append(text.charAt(++i));
            } else if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                parts.add(part.toString());
                part.setLength(0);
                i++;
            } else if (c == '{') {
                return unusable("matching '}' not found for '{'.");
            } else if (c == '}') {
                return unusable("matching '{' not found for '}'.");
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return new FormatTemplate(List.copyOf(parts), null);
    }

    private static FormatTemplate unusable(String problem) {
        return new FormatTemplate(List.of(), "Invalid arguments in States.Format: " + problem);
    }

    int placeholders() {
        return parts.size() - 1;
    }
}
