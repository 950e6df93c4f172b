package statewise.engine.query;

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a {@code $}-rooted path with Jayway JsonPath to check what {@link PathScanner} leaves to it (filters
 * and functions), and turns Jayway's refusals into an offset and a message.
 *
 * <p>One leniency: AWS accepts a bare word as a filter operand ({@code [?(@.OutputKey == FooBar)]}, reported
 * against asl-validator, issue 150), which Jayway refuses; such words are quoted and the compile is retried, so the
 * returned path is one Jayway can evaluate with AWS's meaning.
 */
final class JaywayCompiler {

    private static final String FILTER_FAILURE = "Failed to parse filter: ";
    private static final String FILTER_POSITION = ", error on position: ";
    private static final int MAX_QUOTED_WORDS = 16;

    private JaywayCompiler() {
    }

    /**
     * The path Jayway compiles (the input, or it with bare filter words quoted), or the first refusal with its
     * offset into {@code jsonPath}; {@code fallbackOffset} when Jayway names no position.
     */
    static ParseResult<String> compile(String jsonPath, int fallbackOffset) {
        String candidate = jsonPath;
        for (int attempt = 0; ; attempt++) {
            try {
                JsonPath.compile(candidate);
                return ParseResult.ok(candidate);
            } catch (InvalidPathException e) {
                int position = position(candidate, e.getMessage());
                if (attempt < MAX_QUOTED_WORDS && isBareWord(candidate, position)) {
                    candidate = quoteWord(candidate, position);
                } else {
                    int added = candidate.length() - jsonPath.length();
                    int offset = position < 0 ? fallbackOffset : Math.min(jsonPath.length(), position - added);
                    return ParseResult.failed("Invalid JSONPath: " + clean(e.getMessage()), Math.max(0, offset));
                }
            }
        }
    }

    /**
     * Where in {@code path} Jayway's {@code message} places the fault, or -1. Filter failures count from the start
     * of the filter ({@code [?(}), the others from the start of the path.
     */
    static int position(String path, @Nullable String message) {
        if (message == null) {
            return -1;
        }
        if (message.startsWith(FILTER_FAILURE)) {
            int end = message.indexOf(FILTER_POSITION);
            int base = end < 0 ? -1 : path.indexOf(message.substring(FILTER_FAILURE.length(), end));
            int within = end < 0 ? -1 : number(message, end + FILTER_POSITION.length());
            return base < 0 || within < 0 ? -1 : base + within;
        }
        int at = message.lastIndexOf("position");
        if (at < 0) {
            return -1;
        }
        int i = at + "position".length();
        while (i < message.length() && (message.charAt(i) == ':' || message.charAt(i) == ' ')) {
            i++;
        }
        return number(message, i);
    }

    private static boolean isBareWord(String path, int position) {
        if (position < 0 || position >= path.length() || !IntrinsicParser.isNameStart(path.charAt(position))) {
            return false;
        }
        char before = position > 0 ? path.charAt(position - 1) : 0;
        return !IntrinsicParser.isNamePart(before) && before != '\'' && before != '"';
    }

    private static String quoteWord(String path, int start) {
        int end = start;
        while (end < path.length() && IntrinsicParser.isNamePart(path.charAt(end))) {
            end++;
        }
        return path.substring(0, start) + "'" + path.substring(start, end) + "'" + path.substring(end);
    }

    private static int number(String message, int from) {
        int value = 0;
        int i = from;
        while (i < message.length() && i - from < 9 && PathScanner.isDigit(message.charAt(i))) {
            value = value * 10 + message.charAt(i) - '0';
            i++;
        }
        return i == from ? -1 : value;
    }

    private static String clean(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "Jayway JsonPath refused it";
        }
        String trimmed = message.strip();
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
