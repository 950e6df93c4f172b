package statewise.engine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.model.StateMachine;
import statewise.engine.run.ClockMode;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.Interpreter;
import statewise.engine.run.TaskResolver;
import statewise.engine.validate.Validator;

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
                    + "answer from --mocks, or else echo their input."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The execution succeeded.",
            "1:The execution failed, timed out or was aborted.",
            "2:Unreadable or invalid input (definition, --input, --context, --mocks), or wrong usage.",
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

    @Option(names = "--mocks", paramLabel = "FILE",
            description = "A mock file in the AWS Step Functions Local MockConfigFile format; needs --test-case.")
    private @Nullable String mocks;

    @Option(names = "--test-case", paramLabel = "NAME", description = "The test case of --mocks to answer Tasks "
            + "from.")
    private @Nullable String testCase;

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

    public RunCommand(CliStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        if ((mocks == null) != (testCase == null)) {
            throw new ParameterException(spec.commandLine(), "--mocks and --test-case go together.");
        }
        if (warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup must be 0 or more.");
        }
        try {
            ExecutionRequest request = request();
            for (int i = 0; i < warmup; i++) {
                Interpreter.run(request);
            }
            long start = System.nanoTime();
            ExecutionResult result = Interpreter.run(request);
            long elapsed = System.nanoTime() - start;
            print(result);
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

    private ExecutionRequest request() throws RunSetup.SetupException {
        StateMachine machine = machine();
        ExecutionIdentity identity = RunSetup.identity(context, ExecutionIdentity.local("statewise", "local"));
        TaskResolver resolver = mocks == null || testCase == null ? TaskResolver.ECHO
                : RunSetup.mocks(mocks, testCase, identity.stateMachineName());
        return ExecutionRequest.of(machine, RunSetup.input(input))
                .withIdentity(identity)
                .withClock(realTime ? ClockMode.REAL : ClockMode.VIRTUAL)
                .withStartTime(Instant.now())
                .withResolver(resolver);
    }

    /** The definition, read, parsed and validated; any error stops the run. */
    private StateMachine machine() throws RunSetup.SetupException {
        boolean stdin = "-".equals(definition);
        String name = stdin ? DefinitionFile.STDIN_NAME : definition;
        String text;
        try {
            text = stdin ? DefinitionFile.read(streams.in(), name) : DefinitionFile.read(Path.of(definition), name);
        } catch (UnreadableInputException e) {
            throw new RunSetup.SetupException("statewise: " + e.source() + ": " + e.reason());
        } catch (InvalidPathException e) {
            throw new RunSetup.SetupException("statewise: " + definition + ": not a valid file name");
        }
        AslDocument document = DefinitionFile.parse(name, text);
        List<String> errors = Validator.validate(document).stream().filter(Diagnostic::isError)
                .map(d -> TextReportWriter.line(name, d)).toList();
        if (!errors.isEmpty()) {
            throw new RunSetup.SetupException(errors);
        }
        StateMachine machine = document.stateMachine();
        if (machine == null) {
            throw new RunSetup.SetupException("statewise run: " + name + " holds a single state; run needs a state "
                    + "machine");
        }
        return machine;
    }

    private void print(ExecutionResult result) {
        if (format == OutputFormat.JSON) {
            try {
                streams.out().println(JSON.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(ExecutionJson.of(result)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            TraceWriter.write(result, streams.out());
        }
    }

    /** States entered: what AWS counts (and bills) as state transitions. */
    private static long transitions(ExecutionResult result) {
        return result.history().stream().filter(e -> e.type().awsName().endsWith("StateEntered")).count();
    }
}
