package statewise.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates the paths of JSONPath states exactly as AWS does, for the interpreter: reading a Path
 * ({@code InputPath}, {@code OutputPath}, {@code ItemsPath}, a Choice {@code Variable}...) and writing a result into
 * the state input at its {@code ResultPath}. Paths are compiled once and cached (bounded), so evaluating the same
 * path again costs a hash probe and a walk.
 *
 * <p>Values returned may share nodes with the documents read and with each other: treat every JSON value as
 * immutable, as the rest of the engine does.
 */
public final class JsonPathEvaluator {

    private JsonPathEvaluator() {
    }

    /**
     * The value {@code path} selects in {@code scope}: the node for a definite path, an array of the matches for
     * an indefinite one (wildcard, filter, slice, union, descent), null for an index past the end of an array.
     * {@code $} reads {@code scope.input()}, {@code $$} the context object, {@code $name} a variable.
     *
     * @param field the field being evaluated, for the message: {@code "InputPath"}, {@code "ErrorPath"}, or a
     *              payload key such as {@code "value.$"}, which AWS words differently
     * @throws QueryFailure {@code States.Runtime} when a definite path selects nothing, with AWS's cause
     */
    public static JsonNode select(String path, PathScope scope, String field) {
        return PathReads.select(CompiledPath.of(path), scope, field);
    }

    /**
     * The state output after {@code ResultPath}: {@code result} placed into {@code stateInput} at the reference
     * path, creating the objects missing on the way, or {@code result} itself for {@code $}. Neither argument is
     * modified: the containers on the way are copied, the rest is shared. A null {@code resultPath} (written as
     * JSON null) keeps {@code stateInput}.
     *
     * @throws QueryFailure {@code States.ResultPathMatchFailure} when the input does not have the path's shape (a
     *                      name where there is no object, an index outside an array)
     */
    public static JsonNode placeResult(JsonNode stateInput, @Nullable String resultPath, JsonNode result) {
        return resultPath == null ? stateInput : ResultPaths.place(stateInput, resultPath, result);
    }
}
