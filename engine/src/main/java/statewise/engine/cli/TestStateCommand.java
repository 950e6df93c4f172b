package statewise.engine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import statewise.engine.document.DocumentFormat;
import statewise.engine.replay.RecordedExecution;
import statewise.engine.run.ClockMode;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.run.TaskResolver;
import statewise.engine.run.TaskSources;
import statewise.engine.teststate.InspectionLevel;
import statewise.engine.teststate.StateConfiguration;
import statewise.engine.teststate.TestState;
import statewise.engine.teststate.TestStateException;
import statewise.engine.teststate.TestStateMock;
import statewise.engine.teststate.TestStateRequest;
import statewise.engine.teststate.TestStateResult;
import statewise.engine.teststate.TestStatus;

/**
 * {@code statewise test-state}: runs one state of a definition as AWS's TestState API does, with a mocked task
 * result or error, and prints TestState's answer (status, output or error, next state, inspection data).
 */
@Command(name = "test-state",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs one state of a definition, like AWS Step Functions' TestState API, and prints its answer as JSON.",
            "Tasks answer from --mock, else from --replay's recorded results for the state, else from the local"
                + " services (--state-machine, --allow-host, ...), or else echo their input. Retries are reported"
                + " (status RETRIABLE), not run.",
            "A mocked Task result is checked against the called API's response shape as AWS checks it, for Lambda,"
                + " DynamoDB, EventBridge, Step Functions, SQS, SNS, S3 and KMS (optimized and AWS SDK"
                + " integrations); other resources' results are not checked."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The state succeeded, caught its error, or would retry.",
            "1:The state failed.",
            "2:Unreadable input, or a request TestState refuses (unknown state, a mock the state cannot have, a"
                + " mocked result that does not fit the API's response).",
            "3:Internal error."
        })
public final class TestStateCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CliStreams streams;

    @Parameters(paramLabel = "DEF", description = "A state machine or a single state (.asl.json, .asl.yaml, ...).")
    private String definition = "";

    @Mixin
    private LocalServiceOptions services = new LocalServiceOptions();

    @Mixin
    private RecordedAndNestedOptions sources = new RecordedAndNestedOptions();

    @Option(names = "--state", paramLabel = "NAME", description = "The state to test (default: the start state).")
    private @Nullable String state;

    @Option(names = "--input", paramLabel = "JSON|@FILE", defaultValue = "{}",
            description = "The state's input: JSON text, or @FILE (default: {}).")
    private String input = "{}";

    @Option(names = "--mock", paramLabel = "JSON|@FILE",
            description = "TestState's mock: {\"result\": ...} or {\"errorOutput\": {\"error\": ..., \"cause\": ...}},"
                    + " with \"fieldValidationMode\": STRICT (default), PRESENT or NONE.")
    private @Nullable String mock;

    @Option(names = "--variables", paramLabel = "JSON|@FILE",
            description = "The variables the state sees, a JSON object.")
    private @Nullable String variables;

    @Option(names = "--context-object", paramLabel = "JSON|@FILE",
            description = "The context object ($$) the state sees, instead of a generated one.")
    private @Nullable String contextObject;

    @Option(names = "--inspection-level", paramLabel = "LEVEL", defaultValue = "INFO",
            description = "INFO (default), DEBUG or TRACE: DEBUG and TRACE add the data-flow stages.")
    private InspectionLevel level = InspectionLevel.INFO;

    @Option(names = "--retry-count", paramLabel = "N", defaultValue = "0",
            description = "Retries already made (stateConfiguration.retrierRetryCount).")
    private int retryCount;

    @Option(names = "--map-failures", paramLabel = "N", defaultValue = "0",
            description = "Failed Map iterations (stateConfiguration.mapIterationFailureCount).")
    private int mapFailures;

    public TestStateCommand(CliStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        try {
            TestStateResult result = TestState.run(request());
            streams.out().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result.toJson()));
            return result.status() == TestStatus.FAILED ? ExitCodes.ERRORS : ExitCodes.OK;
        } catch (RunSetup.SetupException e) {
            e.lines().forEach(streams.err()::println);
            return ExitCodes.UNREADABLE;
        } catch (TestStateException e) {
            streams.err().println("statewise test-state: " + e.code() + ": " + e.getMessage());
            return ExitCodes.UNREADABLE;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } finally {
            streams.out().flush();
            streams.err().flush();
        }
    }

    private TestStateRequest request() throws RunSetup.SetupException {
        ExecutionIdentity identity = ExecutionIdentity.local("TestStateMachine", "test-state");
        RecordedExecution recording = sources.recording();
        UnaryOperator<TaskResolver> nested = sources.nested(streams, "test-state", ClockMode.VIRTUAL);
        UnaryOperator<TaskResolver> local = services.services(definition);
        TaskSources taskSources = TaskSources.NONE.withRecorded(recording == null ? null : recording.resolver())
                .withLocal(next -> local.apply(nested.apply(next)));
        return new TestStateRequest(definition(), state, RunSetup.input(input), level, mock(), variables(),
                contextObject == null ? null : RunSetup.input(contextObject).toString(),
                new StateConfiguration(retryCount, mapFailures, null, null), identity.roleArn(), identity,
                taskSources.resolver(), false, recording == null ? Instant.now() : recording.startTime());
    }

    private JsonNode definition() throws RunSetup.SetupException {
        String text;
        try {
            text = DefinitionFile.read(Path.of(definition), definition);
        } catch (UnreadableInputException e) {
            throw new RunSetup.SetupException("statewise: " + e.source() + ": " + e.reason());
        } catch (InvalidPathException e) {
            throw new RunSetup.SetupException("statewise: " + definition + ": not a valid file name");
        }
        ObjectMapper mapper = DefinitionFile.formatOf(definition, text) == DocumentFormat.YAML ? new YAMLMapper()
                : JSON;
        try {
            JsonNode tree = mapper.readTree(text);
            if (tree == null || !tree.isObject()) {
                throw new RunSetup.SetupException("statewise test-state: " + definition + ": not a state machine or a"
                        + " state (a JSON or YAML object)");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new RunSetup.SetupException("statewise test-state: " + definition + ": not JSON or YAML ("
                    + e.getOriginalMessage() + ")");
        }
    }

    private @Nullable TestStateMock mock() throws RunSetup.SetupException {
        if (mock == null) {
            return null;
        }
        JsonNode value = RunSetup.input(mock);
        JsonNode result = value.get("result");
        JsonNode errorOutput = value.get("errorOutput");
        if (!value.isObject() || result == null && errorOutput == null) {
            throw new RunSetup.SetupException("statewise test-state: --mock must be a JSON object with \"result\" or"
                    + " \"errorOutput\"");
        }
        String resultText = result == null ? null : result.isTextual() ? result.textValue() : result.toString();
        return new TestStateMock(resultText, errorOutput == null ? null : errorOutput.path("error").asText(null),
                errorOutput == null ? null : errorOutput.path("cause").asText(null), errorOutput != null,
                value.path("fieldValidationMode").asText("STRICT"));
    }

    private Map<String, JsonNode> variables() throws RunSetup.SetupException {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (variables == null) {
            return values;
        }
        JsonNode object = RunSetup.input(variables);
        if (!object.isObject()) {
            throw new RunSetup.SetupException("statewise test-state: --variables must be a JSON object");
        }
        object.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
        return values;
    }
}
