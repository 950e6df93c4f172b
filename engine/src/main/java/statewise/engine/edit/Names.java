package statewise.engine.edit;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * State names as the validator wants them (1 to 80 characters, no control characters, unique across the whole
 * state machine), and fresh names for new and copied states in the style Workflow Studio uses: {@code Pass},
 * {@code Pass (1)}, {@code Pass (2)}.
 */
final class Names {

    /** The longest state name AWS accepts, in Unicode characters. */
    static final int MAX_LENGTH = 80;

    private static final Pattern NUMBERED = Pattern.compile("(.*) \\((\\d+)\\)");

    private Names() {
    }

    /** Why {@code name} cannot name a state, or null when it can (uniqueness aside). */
    static @Nullable String invalid(String name) {
        int length = name.codePointCount(0, name.length());
        if (length == 0) {
            return "A state name cannot be empty.";
        }
        if (length > MAX_LENGTH) {
            return "A state name can have at most " + MAX_LENGTH + " characters; this one has " + length + ".";
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return "A state name cannot contain control characters such as line breaks or tabs.";
        }
        if (!name.equals(name.strip())) {
            return "A state name cannot start or end with a blank.";
        }
        return null;
    }

    /** {@code wanted} if free, else the same name numbered {@code (1)}, {@code (2)}, ... (first free one). */
    static String unique(String wanted, Set<String> taken) {
        if (!taken.contains(wanted) && invalid(wanted) == null) {
            return wanted;
        }
        Matcher numbered = NUMBERED.matcher(wanted);
        String base = numbered.matches() ? numbered.group(1) : wanted.strip();
        if (base.isEmpty()) {
            base = "State";
        }
        for (int n = 1; ; n++) {
            String suffix = " (" + n + ")";
            String candidate = truncate(base, MAX_LENGTH - suffix.length()) + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static String truncate(String text, int codePoints) {
        if (text.codePointCount(0, text.length()) <= codePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, codePoints)).strip();
    }
}
