package statewise.engine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.cost.Rates;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.model.StateMachine;
import statewise.engine.replay.HistoryReader;
import statewise.engine.replay.RecordedExecution;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.run.mock.MockConfig;
import statewise.engine.run.mock.MockConfigReader;
import statewise.engine.run.mock.MockResolver;
import statewise.engine.validate.Validator;

/**
 * Turns {@code run}'s options into what an execution needs: the input, the identity and the task resolver. Every
 * problem is a {@link SetupException} whose lines are printed as they are; the command then exits 2.
 */
final class RunSetup {

    /** Wrong input to {@code run}: the lines to print (diagnostics or one message). */
    static final class SetupException extends Exception {

        private final List<String> lines;

        SetupException(List<String> lines) {
            super(String.join("\n", lines));
            this.lines = List.copyOf(lines);
        }

        SetupException(String line) {
            this(List.of(line));
        }

        List<String> lines() {
            return lines;
        }
    }

    /** The {@code --context} members, as the conformance corpus names them. */
    static final List<String> CONTEXT_KEYS = List.of("account_id", "region", "state_machine_name", "execution_name",
            "role_arn");

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunSetup() {
    }

    /** A definition read, parsed and validated, with its size in UTF-8 bytes (for the cost estimate). */
    record Definition(StateMachine machine, long bytes) {
    }

    /**
     * The definition at {@code file} ({@code -} for standard input), read, parsed and validated; any error stops
     * {@code command}.
     */
    static Definition definition(String file, CliStreams streams, String command) throws SetupException {
        boolean stdin = "-".equals(file);
        String name = stdin ? DefinitionFile.STDIN_NAME : file;
        String text;
        try {
            text = stdin ? DefinitionFile.read(streams.in(), name) : DefinitionFile.read(Path.of(file), name);
        } catch (UnreadableInputException e) {
            throw new SetupException("statewise: " + e.source() + ": " + e.reason());
        } catch (InvalidPathException e) {
            throw new SetupException("statewise: " + file + ": not a valid file name");
        }
        AslDocument document = DefinitionFile.parse(name, text);
        List<String> errors = Validator.validate(document).stream().filter(Diagnostic::isError)
                .map(d -> TextReportWriter.line(name, d)).toList();
        if (!errors.isEmpty()) {
            throw new SetupException(errors);
        }
        StateMachine machine = document.stateMachine();
        if (machine == null) {
            throw new SetupException("statewise " + command + ": " + name + " holds a single state; " + command
                    + " needs a state machine");
        }
        return new Definition(machine, text.getBytes(StandardCharsets.UTF_8).length);
    }

    /** {@code --input}: JSON text, or {@code @file} for a file holding it. */
    static JsonNode input(String option) throws SetupException {
        return json(option, "--input");
    }

    /** {@code --variables}: a JSON object of variable names and values, as text or {@code @file}. */
    static Map<String, JsonNode> variables(String option) throws SetupException {
        JsonNode value = json(option, "--variables");
        if (!value.isObject()) {
            throw new SetupException("statewise run: --variables must be a JSON object of variable names and "
                    + "values.");
        }
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        value.fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue()));
        return variables;
    }

    /** JSON text given to {@code option}, or read from the file named after an {@code @}. */
    private static JsonNode json(String option, String optionName) throws SetupException {
        String text = option;
        String name = optionName;
        if (option.startsWith("@")) {
            name = option.substring(1);
            text = readFile(name);
        }
        try {
            JsonNode value = JSON.readTree(text);
            if (value == null || value.isMissingNode()) {
                throw new SetupException("statewise run: " + name + ": no JSON value");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new SetupException("statewise run: " + name + ": not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** The default identity with the {@code --context} members put in. */
    static ExecutionIdentity identity(@Nullable String context, ExecutionIdentity defaults) throws SetupException {
        if (context == null) {
            return defaults;
        }
        JsonNode members = json(context, "--context");
        if (!members.isObject()) {
            throw new SetupException("statewise run: --context must be a JSON object with any of "
                    + String.join(", ", CONTEXT_KEYS));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = members.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (!CONTEXT_KEYS.contains(member.getKey()) || !member.getValue().isTextual()) {
                throw new SetupException("statewise run: --context: '" + member.getKey() + "' is not a "
                        + "context member; use string values for " + String.join(", ", CONTEXT_KEYS));
            }
        }
        return new ExecutionIdentity(members.path("account_id").asText(defaults.accountId()),
                members.path("region").asText(defaults.region()),
                members.path("state_machine_name").asText(defaults.stateMachineName()),
                members.path("execution_name").asText(defaults.executionName()),
                members.path("role_arn").asText(defaults.roleArn()));
    }

    /**
     * The resolver of test case {@code testCase} in mock file {@code file}: of the state machine named
     * {@code stateMachine} when the file has one, else of the one state machine that has the test case. It must fit
     * {@code definition} and the {@code nested} state machines the run starts ({@link #fit}).
     */
    static MockResolver mocks(String file, String testCase, String stateMachine, StateMachine definition,
            Collection<StateMachine> nested, PrintWriter err) throws SetupException {
        MockConfig config = mockConfig(file);
        MockConfig.Selection selection = config.select(
                config.stateMachines().containsKey(stateMachine) ? stateMachine : null, testCase);
        if (selection.resolver() == null) {
            throw new SetupException("statewise run: --test-case: " + selection.problem());
        }
        fit(selection.resolver(), definition, nested, err);
        return selection.resolver();
    }

    /**
     * Checks a mock test case against the definitions the run uses: a state they do not have stops the command
     * ({@code FILE:LINE:COL: error ...}), a mocked state that is not a Task is printed to {@code err} as a warning.
     */
    private static void fit(MockResolver resolver, StateMachine definition, Collection<StateMachine> nested,
            PrintWriter err) throws SetupException {
        String file = resolver.source();
        List<Diagnostic> mismatches = resolver.mismatches(definition, nested);
        List<String> errors = mismatches.stream().filter(Diagnostic::isError)
                .map(d -> TextReportWriter.line(file, d)).toList();
        if (!errors.isEmpty()) {
            throw new SetupException(errors);
        }
        mismatches.forEach(d -> err.println(TextReportWriter.line(file, d)));
    }

    /** {@code --rates}: AWS's us-east-1 prices with the members of the JSON object put in. */
    static Rates rates(@Nullable String option) throws SetupException {
        if (option == null) {
            return Rates.US_EAST_1;
        }
        Rates.Read read = Rates.read(json(option, "--rates"), Rates.US_EAST_1);
        if (read.rates() == null) {
            throw new SetupException("statewise run: --rates: " + read.problem());
        }
        return read.rates();
    }

    /** The mock file {@code file}, read and checked; any error in it is a {@link SetupException}. */
    static MockConfig mockConfig(String file) throws SetupException {
        MockConfigReader.Result read = MockConfigReader.read(readFile(file), file);
        List<String> errors = read.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> TextReportWriter.line(file, d)).toList();
        MockConfig config = read.config();
        if (config == null || !errors.isEmpty()) {
            throw new SetupException(errors.isEmpty() ? List.of("statewise: " + file + ": not a mock file")
                    : errors);
        }
        return config;
    }

    /** {@code --replay}: the execution recorded in an AWS history file; any error in the file stops the run. */
    static RecordedExecution replay(String file) throws SetupException {
        HistoryReader.Result read = HistoryReader.read(readFile(file), file);
        List<String> errors = read.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> TextReportWriter.line(file, d)).toList();
        if (read.execution() == null || !errors.isEmpty()) {
            throw new SetupException(errors.isEmpty() ? List.of("statewise: " + file + ": not a history")
                    : errors);
        }
        return read.execution();
    }

    static String readFile(String file) throws SetupException {
        try {
            return DefinitionFile.read(Path.of(file), file);
        } catch (UnreadableInputException e) {
            throw new SetupException("statewise: " + e.source() + ": " + e.reason());
        } catch (InvalidPathException e) {
            throw new SetupException("statewise: " + file + ": not a valid file name");
        }
    }
}
