package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A distributed Map's {@code ResultWriter}: where the map run writes its child executions' results. */
public record ResultWriter(
        @Nullable String resource,
        @Nullable JsonNode parameters,
        @Nullable JsonNode arguments,
        @Nullable WriterConfig writerConfig,
        Map<String, JsonNode> extras) {

    public ResultWriter {
        parameters = Immutables.json(parameters);
        arguments = Immutables.json(arguments);
        extras = Immutables.extras(extras);
    }
}
