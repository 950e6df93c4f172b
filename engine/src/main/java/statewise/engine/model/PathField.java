package statewise.engine.model;

import org.jspecify.annotations.Nullable;

/**
 * An {@code InputPath}, {@code OutputPath} or {@code ResultPath} as written: a path string, or JSON {@code null}.
 * The two mean different things (null discards: an empty object for input and output, the state's input kept
 * unchanged for ResultPath), and both differ from leaving the field out, which the model shows as a null field.
 *
 * @param path the path, or null when the field was written as JSON {@code null}
 */
public record PathField(@Nullable String path) {

    public static final PathField NULL = new PathField(null);

    public static PathField of(String path) {
        return new PathField(path);
    }

    public boolean isNull() {
        return path == null;
    }
}
