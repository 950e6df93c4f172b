package statewise.engine.query;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Parser;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import statewise.engine.model.JsonataText;

/**
 * Checks the syntax of JSONata expressions ({@code "{% ... %}"} values in JSONata states) by parsing them with
 * the dashjoin JSONata library, the same engine the interpreter evaluates them with, and reports the library's
 * message and position. Also lists the workflow variables an expression reads (see {@link JsonataVariables}).
 *
 * <p>The library's parser is recursive, so very deep nesting could exhaust the stack: brackets nested deeper than
 * {@value #MAX_NESTING} levels are refused before parsing, and a stack overflow on other long chains (thousands of
 * {@code :=} or unary minus) is reported as an error rather than escaping.
 */
public final class JsonataSyntax {

    /** Deeper bracket nesting than this is refused without parsing; real expressions nest a few levels. */
    public static final int MAX_NESTING = 100;

    private JsonataSyntax() {
    }

    /**
     * Checks a whole field value written {@code "{% expression %}"}; offsets in the result are into that value.
     */
    public static Optional<ExpressionError> checkField(String value) {
        Objects.requireNonNull(value, "value");
        if (!JsonataText.isExpression(value)) {
            return Optional.of(new ExpressionError("A JSONata expression must start with "
                    + JsonataText.OPEN + " and end with " + JsonataText.CLOSE, 0));
        }
        int start = JsonataText.OPEN.length();
        String body = value.substring(start, value.length() - JsonataText.CLOSE.length());
        return checkBody(body).map(error -> error.shiftedBy(start));
    }

    /** Checks the expression between the delimiters; offsets in the result are into {@code body}. */
    public static Optional<ExpressionError> checkBody(String body) {
        Objects.requireNonNull(body, "body");
        if (body.isBlank()) {
            return Optional.of(new ExpressionError("The JSONata expression is empty", 0));
        }
        int tooDeep = JsonataScan.tooDeep(body, MAX_NESTING);
        if (tooDeep >= 0) {
            return Optional.of(new ExpressionError(
                    "Brackets are nested more than " + MAX_NESTING + " levels deep", tooDeep));
        }
        return compile(body);
    }

    /**
     * The names of the workflow variables {@code body} reads, without {@code $}, in order of first reading. See
     * {@link JsonataVariables} for what is left out and the approximation made.
     */
    public static List<String> variablesRead(String body) {
        Objects.requireNonNull(body, "body");
        return JsonataVariables.read(body);
    }

    /**
     * Parses with a fresh {@link Parser}: {@code Jsonata.jsonata(String)} reuses a per-thread parser whose
     * {@code ancestry} list grows by one entry for every expression using the parent operator {@code %} and is never
     * cleared (dashjoin 0.9.10), which would leak memory in a long-running validator.
     */
    private static Optional<ExpressionError> compile(String body) {
        try {
            new Parser().parse(body);
            return Optional.empty();
        } catch (JException e) {
            int offset = Math.max(0, Math.min(body.length(), e.getLocation()));
            return Optional.of(new ExpressionError(message(e), offset));
        } catch (StackOverflowError e) {
            return Optional.of(new ExpressionError("The JSONata expression is too deeply nested to check", 0));
        } catch (RuntimeException e) {
            return Optional.of(new ExpressionError("JSONata cannot read this expression: " + e.getMessage(), 0));
        }
    }

    private static String message(JException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "Invalid JSONata expression (" + e.getError() + ")";
        }
        return "Invalid JSONata expression: " + message;
    }
}
