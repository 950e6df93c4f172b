package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code ProcessorConfig} of a Map's item processor.
 *
 * @param mode          {@code Mode}: {@value #INLINE} or {@value #DISTRIBUTED}
 * @param executionType {@code ExecutionType} of distributed child executions: {@code STANDARD} or {@code EXPRESS}
 */
public record ProcessorConfig(@Nullable String mode, @Nullable String executionType, Map<String, JsonNode> extras) {

    public static final String INLINE = "INLINE";
    public static final String DISTRIBUTED = "DISTRIBUTED";

    public ProcessorConfig {
        extras = Immutables.extras(extras);
    }
}
