package statewise.engine.query;

import java.util.Objects;

/**
 * A workflow-variable reference split in two, e.g. {@code $order.items[0]} into {@code order} and
 * {@code $.items[0]}: the interpreter looks the variable up by name and applies the path to its value, and the
 * validator checks that the name was assigned before.
 *
 * @param name the variable's name, without the {@code $}
 * @param path the rest, rooted at {@code $} ({@code "$"} when the whole variable is meant)
 */
public record VariableReference(String name, String path) {

    public VariableReference {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }
}
