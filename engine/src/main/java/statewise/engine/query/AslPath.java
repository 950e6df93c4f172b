package statewise.engine.query;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A path that passed {@link JsonPaths}, split into the document it reads and a JSONPath for that document, so the
 * interpreter can evaluate it without parsing the text again.
 *
 * @param text     the path as written, e.g. {@code $order.items[0]}
 * @param root     which document the path reads
 * @param variable the variable's name when {@code root} is {@link Root#VARIABLE}, else null
 * @param jsonPath the same path rooted at {@code $} for that document, e.g. {@code $.items[0]}, as Jayway JsonPath
 *                 compiles it (bare words in filters, which AWS reads as strings, are quoted)
 * @param definite true when the path can only select one node (no wildcard, filter, slice, union or descent)
 */
public record AslPath(String text, Root root, @Nullable String variable, String jsonPath, boolean definite) {

    /** The document a path starts from. */
    public enum Root {
        /** {@code $}: the state's input (or, in {@code ResultSelector}, the result). */
        INPUT,
        /** {@code $$}: the context object. */
        CONTEXT,
        /** {@code $name}: a workflow variable. */
        VARIABLE
    }

    public AslPath {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(jsonPath, "jsonPath");
        if ((root == Root.VARIABLE) != (variable != null)) {
            throw new IllegalArgumentException("a variable name goes with a VARIABLE root, and only then: " + text);
        }
    }
}
