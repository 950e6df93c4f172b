package statewise.engine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import statewise.engine.cost.CostEstimate;
import statewise.engine.cost.CostEstimator;
import statewise.engine.cost.Rates;
import statewise.engine.model.StateMachine;
import statewise.engine.replay.Divergence;
import statewise.engine.replay.RecordedExecution;
import statewise.engine.run.AwsBehaviour;
import statewise.engine.run.ClockMode;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.Interpreter;
import statewise.engine.run.StartPoint;
import statewise.engine.run.TaskResolver;
import statewise.engine.run.TaskSources;

/**
 * {@code statewise run}: executes a definition locally, headless, as AWS Step Functions would, and prints the
 * history and the result, for scripts, CI and quick experiments. Tasks answer from a mock file, or echo their
 * input.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs a state machine definition locally and prints its history and result.",
            "The definition must validate without errors. Waits take no time unless --real-time; Task states "
                    + "answer from --mocks, or from a recorded AWS execution with --replay, or else echo their "
                    + "input. With --replay the input defaults to the recorded one, and the run says where it leaves "
                    + "the recorded path."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The execution succeeded.",
            "1:The execution failed, timed out or was aborted.",
            "2:Unreadable or invalid input (definition, --input, --start-at, --variables, --context, --mocks, "
                    + "--replay, --rates), or wrong usage.",
            "3:Internal error."
        })
public final class RunCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CliStreams streams;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DEF", description = "The definition (.asl.json, .asl.yaml, ...); '-' reads standard "
            + "input.")
    private String definition = "";

    @Option(names = "--input", paramLabel = "JSON|@FILE", defaultValue = "{}",
            description = "The execution input: JSON text, or @FILE to read it from FILE (default: {}).")
    private String input = "{}";

    @Option(names = "--start-at", paramLabel = "NAME",
            description = "Start at the top-level state NAME instead of StartAt: it receives --input, as when "
                    + "re-running from a state with the input it had in an earlier run.")
    private @Nullable String startAt;

    @Option(names = "--variables", paramLabel = "JSON|@FILE",
            description = "With --start-at: workflow variables set before that state is entered, a JSON object "
                    + "of names and values.")
    private @Nullable String variables;

    @Option(names = "--mocks", paramLabel = "FILE",
            description = "A mock file in the AWS Step Functions Local MockConfigFile format; needs --test-case.")
    private @Nullable String mocks;

    @Option(names = "--test-case", paramLabel = "NAME", description = "The test case of --mocks to answer Tasks "
            + "from. It is checked before the run: a state the definition does not have is an error, a mocked "
            + "state that is not a Task a warning.")
    private @Nullable String testCase;

    @Mixin
    private RecordedAndNestedOptions sources = new RecordedAndNestedOptions();

    @Mixin
    private LocalServiceOptions services = new LocalServiceOptions();

    @Option(names = "--cost", description = "Estimate what the execution costs on AWS: state transitions and "
            + "price as a Standard workflow, requests and GB-seconds as an Express one, per state.")
    private boolean cost;

    @Option(names = "--rates", paramLabel = "JSON|@FILE", description = "Prices for --cost, a JSON object with any "
            + "of standardPerThousandTransitions, expressPerMillionRequests, expressPerGbHour, expressMemoryMb "
            + "(default: AWS's us-east-1 prices, memory estimated).")
    private @Nullable String rates;

    @Option(names = "--context", paramLabel = "JSON|@FILE",
            description = "Identity overrides, a JSON object with any of account_id, region, state_machine_name, "
                    + "execution_name, role_arn.")
    private @Nullable String context;

    @Option(names = "--real-time", description = "Wait for real: Wait states and retry back-off take their time.")
    private boolean realTime;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: text (default; one line per event, then the result) or json ({status, output "
                    + "| error and cause, history}).")
    private OutputFormat format = OutputFormat.TEXT;

    @Option(names = "--stats", description = "Print 'transitions=N run_ms=T' to standard error: states entered, "
            + "and the time of the execution alone.")
    private boolean stats;

    @Option(names = "--warmup", paramLabel = "K", defaultValue = "0",
            description = "Run the execution K times before the one measured (with --stats).")
    private int warmup;

    private long definitionBytes;

    public RunCommand(CliStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        if ((mocks == null) != (testCase == null)) {
            throw new ParameterException(spec.commandLine(), "--mocks and --test-case go together.");
        }
        if (mocks != null && sources.replaying()) {
            throw new ParameterException(spec.commandLine(), "--mocks and --replay both answer Tasks; use one.");
        }
        if (variables != null && startAt == null) {
            throw new ParameterException(spec.commandLine(), "--variables goes with --start-at.");
        }
        if (rates != null && !cost) {
            throw new ParameterException(spec.commandLine(), "--rates goes with --cost.");
        }
        if (warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup must be 0 or more.");
        }
        try {
            RecordedExecution recording = sources.recording();
            Rates prices = RunSetup.rates(rates);
            ExecutionRequest request = request(recording);
            for (int i = 0; i < warmup; i++) {
                Interpreter.run(request);
            }
            long start = System.nanoTime();
            ExecutionResult result = Interpreter.run(request);
            long elapsed = System.nanoTime() - start;
            print(result, recording == null ? null : Divergence.find(recording.asResult(), result).orElse(null),
                    cost ? CostEstimator.estimate(result, definitionBytes, prices) : null);
            if (stats) {
                streams.err().println(String.format(Locale.ROOT, "transitions=%d run_ms=%.3f", transitions(result),
                        elapsed / 1e6));
            }
            return result.status() == ExecutionStatus.SUCCEEDED ? ExitCodes.OK : ExitCodes.ERRORS;
        } catch (RunSetup.SetupException e) {
            e.lines().forEach(streams.err()::println);
            return ExitCodes.UNREADABLE;
        } finally {
            streams.out().flush();
            streams.err().flush();
        }
    }

    private ExecutionRequest request(@Nullable RecordedExecution recording) throws RunSetup.SetupException {
        StateMachine machine = machine();
        ExecutionIdentity identity = RunSetup.identity(context, ExecutionIdentity.local("statewise", "local"));
        TaskSources taskSources = TaskSources.NONE.withMocks(mocks == null || testCase == null ? null
                : RunSetup.mocks(mocks, testCase, identity.stateMachineName(), machine,
                        sources.workspace(streams, "run").values(), streams.err()));
        JsonNode executionInput = RunSetup.input(input);
        Instant start = Instant.now();
        AwsBehaviour behaviour = AwsBehaviour.CURRENT;
        if (recording != null) {
            behaviour = AwsBehaviour.asOf(recording.startTime());
            taskSources = taskSources.withRecorded(recording.resolver());
            executionInput = spec.commandLine().getParseResult().hasMatchedOption("--input") ? executionInput
                    : recording.input();
            start = realTime ? start : recording.startTime();
        }
        ClockMode clock = realTime ? ClockMode.REAL : ClockMode.VIRTUAL;
        UnaryOperator<TaskResolver> nested = sources.nested(streams, "run", clock);
        UnaryOperator<TaskResolver> local = services.services(definition);
        taskSources = taskSources.withLocal(next -> local.apply(nested.apply(next)));
        return ExecutionRequest.of(machine, executionInput)
                .withStart(start(machine))
                .withIdentity(identity)
                .withClock(clock)
                .withStartTime(start)
                .withResolver(taskSources.resolver())
                .withBehaviour(behaviour)
                .withActivities(services.activities(definition));
    }

    /** Where {@code --start-at} and {@code --variables} start the run, or null to start at StartAt. */
    private @Nullable StartPoint start(StateMachine machine) throws RunSetup.SetupException {
        if (startAt == null) {
            return null;
        }
        StartPoint start = new StartPoint(startAt, variables == null ? Map.of() : RunSetup.variables(variables));
        String problem = start.problem(machine).orElse(null);
        if (problem != null) {
            throw new RunSetup.SetupException("statewise run: --start-at: " + problem);
        }
        return start;
    }

    /** The definition, read, parsed and validated; any error stops the run. */
    private StateMachine machine() throws RunSetup.SetupException {
        RunSetup.Definition read = RunSetup.definition(definition, streams, "run");
        definitionBytes = read.bytes();
        return read.machine();
    }

    private void print(ExecutionResult result, @Nullable Divergence divergence, @Nullable CostEstimate estimate) {
        if (format == OutputFormat.JSON) {
            ObjectNode json = ExecutionJson.of(result);
            if (sources.replaying()) {
                json.put("replay", divergence == null ? "The run followed the recorded path and ended as it did."
                        : divergence.message());
            }
            if (estimate != null) {
                json.set("cost", CostReport.json(estimate));
            }
            try {
                streams.out().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            TraceWriter.write(result, streams.out());
            if (sources.replaying()) {
                streams.out().println("replay: " + (divergence == null
                        ? "the run followed the recorded path and ended as it did" : divergence.message()));
            }
            if (estimate != null) {
                CostReport.lines(estimate).forEach(streams.out()::println);
            }
        }
    }

    /** States entered: what AWS counts (and bills) as state transitions. */
    private static long transitions(ExecutionResult result) {
        return result.history().stream().filter(e -> e.type().awsName().endsWith("StateEntered")).count();
    }
}
