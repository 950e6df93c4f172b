package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code "Type": "Wait"}: pauses for {@code Seconds} or until {@code Timestamp} (or their {@code ...Path} forms).
 *
 * @param timestamp an RFC 3339 timestamp, or a JSONata expression computing one
 */
public record WaitState(
        @Nullable String comment,
        @Nullable QueryLanguage queryLanguage,
        @Nullable PathField inputPath,
        @Nullable PathField outputPath,
        @Nullable JsonNode output,
        @Nullable JsonNode assign,
        @Nullable Expressible<Long> seconds,
        @Nullable String secondsPath,
        @Nullable String timestamp,
        @Nullable String timestampPath,
        @Nullable String next,
        @Nullable Boolean end,
        Map<String, JsonNode> extras) implements State {

    public WaitState {
        output = Immutables.json(output);
        assign = Immutables.json(assign);
        extras = Immutables.extras(extras);
    }

    @Override
    public StateType type() {
        return StateType.WAIT;
    }
}
