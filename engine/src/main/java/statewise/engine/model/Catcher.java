package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One element of {@code Catch}: which errors to handle and the state to go to.
 *
 * @param errorEquals {@code ErrorEquals}
 * @param next        {@code Next}, the fallback state
 * @param resultPath  {@code ResultPath} for the error output (JSONPath states)
 * @param output      {@code Output} (JSONata states)
 * @param assign      {@code Assign}, variables set when this catcher is taken
 */
public record Catcher(
        @Nullable List<String> errorEquals,
        @Nullable String next,
        @Nullable PathField resultPath,
        @Nullable JsonNode output,
        @Nullable JsonNode assign,
        @Nullable String comment,
        Map<String, JsonNode> extras) {

    public Catcher {
        errorEquals = Immutables.list(errorEquals);
        output = Immutables.json(output);
        assign = Immutables.json(assign);
        extras = Immutables.extras(extras);
    }
}
