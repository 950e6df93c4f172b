package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A distributed Map's {@code ItemReader}: reads items from S3 (objects, CSV, JSON, JSONL, Parquet, manifests).
 *
 * @param resource   e.g. {@code arn:aws:states:::s3:getObject}
 * @param parameters {@code Parameters} (JSONPath)
 * @param arguments  {@code Arguments} (JSONata)
 */
public record ItemReader(
        @Nullable String resource,
        @Nullable JsonNode parameters,
        @Nullable JsonNode arguments,
        @Nullable ReaderConfig readerConfig,
        Map<String, JsonNode> extras) {

    public ItemReader {
        parameters = Immutables.json(parameters);
        arguments = Immutables.json(arguments);
        extras = Immutables.extras(extras);
    }
}
