package statewise.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code "Type": "Task"}: does one unit of work named by {@code Resource} (a Lambda function, a service
 * integration, an activity, an HTTP endpoint).
 *
 * @param credentials {@code Credentials}, the role to assume ({@code RoleArn}, {@code RoleArn.$} or JSONata)
 */
public record TaskState(
        @Nullable String comment,
        @Nullable QueryLanguage queryLanguage,
        @Nullable String resource,
        @Nullable PathField inputPath,
        @Nullable JsonNode parameters,
        @Nullable JsonNode arguments,
        @Nullable JsonNode resultSelector,
        @Nullable PathField resultPath,
        @Nullable PathField outputPath,
        @Nullable JsonNode output,
        @Nullable JsonNode assign,
        @Nullable List<Retrier> retry,
        @Nullable List<Catcher> catchers,
        @Nullable Expressible<Long> timeoutSeconds,
        @Nullable String timeoutSecondsPath,
        @Nullable Expressible<Long> heartbeatSeconds,
        @Nullable String heartbeatSecondsPath,
        @Nullable JsonNode credentials,
        @Nullable String next,
        @Nullable Boolean end,
        Map<String, JsonNode> extras) implements State {

    public TaskState {
        parameters = Immutables.json(parameters);
        arguments = Immutables.json(arguments);
        resultSelector = Immutables.json(resultSelector);
        output = Immutables.json(output);
        assign = Immutables.json(assign);
        retry = Immutables.list(retry);
        catchers = Immutables.list(catchers);
        credentials = Immutables.json(credentials);
        extras = Immutables.extras(extras);
    }

    @Override
    public StateType type() {
        return StateType.TASK;
    }
}
