package statewise.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * One stage of a state's data flow in the preview: the value after it, or the error that stopped the state there.
 *
 * @param key   the name TestState's inspection data uses, e.g. {@code afterInputPath}; {@code output} for the output
 * @param label what the preview shows, e.g. "After InputPath"
 * @param value the value after the stage, or null when the state did not get there
 * @param error the AWS error name and cause that stopped the state at this stage, or null
 */
public record PreviewStage(String key, String label, @Nullable JsonNode value, @Nullable String error) {
}
