package statewise.engine.query;

/**
 * The three path syntaxes the Amazon States Language uses in JSONPath states. Which one a field takes decides what
 * the checker allows, so the validator passes it along with the text.
 */
public enum PathKind {

    /**
     * A Path: full JSONPath starting with {@code $}, {@code $$} (context object) or {@code $name} (a workflow
     * variable); wildcards, filters, slices, unions and recursive descent are allowed. Used by {@code InputPath},
     * {@code OutputPath}, Choice {@code Variable} and {@code ...Path} operands, and {@code .$} values.
     */
    PATH("Path"),

    /**
     * A Reference Path: "a Path whose syntax is limited in such a way that it can only identify a single node":
     * only dot and bracket member access and integer indexes. Used by {@code ItemsPath} and the
     * {@code ...SecondsPath}, {@code TimestampPath} and other fields that read one value.
     */
    REFERENCE_PATH("Reference Path"),

    /**
     * A Reference Path that is written to, as {@code ResultPath} is: it must point into the state's input
     * ({@code $}), never into the context object or a variable, which cannot be written through it.
     */
    RESULT_PATH("ResultPath");

    private final String displayName;

    PathKind(String displayName) {
        this.displayName = displayName;
    }

    /** How AWS names this syntax in its documentation. */
    public String displayName() {
        return displayName;
    }

    /** The subject of a sentence about a path of this kind, e.g. "A Reference Path cannot use ...". */
    String subject() {
        return this == RESULT_PATH ? displayName : "A " + displayName;
    }
}
