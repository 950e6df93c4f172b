package statewise.engine.query;

import java.util.Objects;
import java.util.Optional;

/**
 * Checks paths as AWS accepts them in JSONPath states, for the validator (one call per path field, so it is a
 * single pass over the text with no caches) and the interpreter (which evaluates the returned {@link AslPath}).
 *
 * <p>A path starts with {@code $} (the input), {@code $$} (the context object) or {@code $name} (a workflow
 * variable). What may follow depends on the {@link PathKind}: a Path allows any JSONPath that Jayway JsonPath
 * compiles (wildcards, filters, slices, unions, recursive descent, functions); a Reference Path allows only member
 * access ({@code .name}, {@code ['name']}) and integer indexes; ResultPath is a Reference Path into {@code $}.
 * Names in dot notation may escape a character with {@code \}, as the ASL specification's examples do.
 */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** Checks {@code text} as a path of the given kind. */
    public static ParseResult<AslPath> check(String text, PathKind kind) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        return PathScanner.scan(text, kind);
    }

    /** Checks a Path ({@code InputPath}, {@code OutputPath}, Choice {@code Variable}, a {@code .$} value...). */
    public static ParseResult<AslPath> checkPath(String text) {
        return check(text, PathKind.PATH);
    }

    /** Checks a Reference Path ({@code ItemsPath}, {@code TimeoutSecondsPath}, {@code SecondsPath}...). */
    public static ParseResult<AslPath> checkReferencePath(String text) {
        return check(text, PathKind.REFERENCE_PATH);
    }

    /** Checks a {@code ResultPath}: a Reference Path into the state's input. */
    public static ParseResult<AslPath> checkResultPath(String text) {
        return check(text, PathKind.RESULT_PATH);
    }

    /**
     * Splits a variable reference into the variable's name and the path into its value:
     * {@code $order.items[0]} gives {@code order} and {@code $.items[0]}, {@code $order} gives {@code order} and
     * {@code $}. Empty when the text does not start with {@code $name} ({@code $.a}, {@code $$.Execution.Id}). The
     * rest is not checked; use {@link #checkPath} for that.
     */
    public static Optional<VariableReference> splitVariable(String reference) {
        Objects.requireNonNull(reference, "reference");
        if (reference.isEmpty() || reference.charAt(0) != '$' || reference.startsWith("$$")) {
            return Optional.empty();
        }
        int end = rootEnd(reference);
        if (end == 1) {
            return Optional.empty();
        }
        return Optional.of(new VariableReference(reference.substring(1, end), "$" + reference.substring(end)));
    }

    /**
     * Where the root ({@code $}, {@code $$} or {@code $name}) of a text starting with {@code $} ends. A variable
     * name starts with a letter or {@code _} and goes on with letters, digits and {@code _}.
     */
    static int rootEnd(String text) {
        if (text.startsWith("$$")) {
            return 2;
        }
        int i = 1;
        if (i < text.length() && isVariableStart(text.charAt(i))) {
            while (i < text.length() && isVariablePart(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    static boolean isVariableStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    static boolean isVariablePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
