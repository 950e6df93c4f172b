package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code WriterConfig} of a result writer.
 *
 * @param outputType     {@code OutputType}: JSON or JSONL
 * @param transformation {@code Transformation}: NONE, COMPACT or FLATTEN
 */
public record WriterConfig(@Nullable String outputType, @Nullable String transformation,
        Map<String, JsonNode> extras) {

    public WriterConfig {
        extras = Immutables.extras(extras);
    }
}
