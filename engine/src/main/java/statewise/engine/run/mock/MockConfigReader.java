package statewise.engine.run.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.SourceSpan;
import statewise.engine.parse.UserFile;

/**
 * Reads a MockConfigFile (JSON, or YAML by file name) and checks its shape: {@code StateMachines} with
 * {@code TestCases} mapping state names to response names that exist, and {@code MockedResponses} whose keys are
 * invocation indexes or inclusive ranges ({@code "0"}, {@code "1-2"}, not overlapping), each answer holding
 * exactly one of {@code Return} or {@code Throw} ({@code Error} required, {@code Cause} optional). Every problem is
 * a diagnostic at its line and column, as for definitions. The configuration keeps where each test case names its
 * states, for the check against the definition once a run has chosen one ({@link MockResolver#mismatches}).
 */
public final class MockConfigReader {

    /** The configuration when the file has no errors, and the diagnostics either way. */
    public record Result(@Nullable MockConfig config, List<Diagnostic> diagnostics) {

        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final UserFile file;

    private MockConfigReader(UserFile file) {
        this.file = file;
    }

    /** Reads {@code text}, naming the file {@code source} in the resolver's messages. */
    public static Result read(String text, String source) {
        UserFile file = UserFile.read(text, source);
        JsonNode root = file.root();
        if (root == null) {
            return new Result(null, file.diagnostics());
        }
        MockConfig config = new MockConfigReader(file).config(root, source);
        return new Result(file.hasErrors() ? null : withPlaces(config, file), file.diagnostics());
    }

    /** {@code config} with the line and column of every test case entry, for the check against a definition. */
    private static MockConfig withPlaces(MockConfig config, UserFile file) {
        Map<String, SourceSpan> places = new LinkedHashMap<>();
        config.stateMachines().forEach((machine, cases) -> cases.forEach((testCase, states) -> states.keySet()
                .forEach(state -> {
                    String pointer = MockConfig.pointer(machine, testCase, state);
                    places.put(pointer, file.locate(pointer));
                })));
        return new MockConfig(config.stateMachines(), config.responses(), config.source(), places);
    }

    private MockConfig config(JsonNode root, String source) {
        Map<String, Map<String, Map<String, String>>> machines = new LinkedHashMap<>();
        Map<String, MockedResponse> responses = new LinkedHashMap<>();
        if (file.object(root, JsonPointer.ROOT, "The mock file")) {
            file.unknownFields(root, JsonPointer.ROOT, List.of("StateMachines", "MockedResponses"));
            members(root, JsonPointer.ROOT, "MockedResponses", (name, pointer) -> {
                MockedResponse response = ResponseReader.read(name, root.get("MockedResponses").get(name),
                        pointer, file);
                responses.put(name, response);
            });
            members(root, JsonPointer.ROOT, "StateMachines", (name, pointer) ->
                    machines.put(name, testCases(root.get("StateMachines").get(name), pointer, responses)));
        }
        return new MockConfig(machines, responses, source, Map.of());
    }

    private Map<String, Map<String, String>> testCases(JsonNode machine, String pointer,
            Map<String, MockedResponse> responses) {
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        if (!file.object(machine, pointer, "A state machine's mocks")) {
            return cases;
        }
        file.unknownFields(machine, pointer, List.of("TestCases"));
        members(machine, pointer, "TestCases", (name, casePointer) -> {
            JsonNode testCase = machine.get("TestCases").get(name);
            Map<String, String> states = new LinkedHashMap<>();
            if (file.object(testCase, casePointer, "A test case")) {
                testCase.fields().forEachRemaining(state -> {
                    String statePointer = JsonPointer.child(casePointer, state.getKey());
                    if (!state.getValue().isTextual()) {
                        file.error(DiagnosticCode.WRONG_TYPE, "The mock of state '" + state.getKey()
                                + "' must be the name of a mocked response (a string).", statePointer);
                    } else if (!responses.containsKey(state.getValue().textValue())) {
                        file.error(DiagnosticCode.INVALID_VALUE, "No mocked response is named '"
                                + state.getValue().textValue() + "'; define it under MockedResponses.", statePointer);
                    } else {
                        states.put(state.getKey(), state.getValue().textValue());
                    }
                });
            }
            cases.put(name, states);
        });
        return cases;
    }

    /** Calls {@code each} for every member of the object at {@code parent/field}, which is required. */
    private void members(JsonNode parent, String parentPointer, String field, BiConsumer<String, String> each) {
        String pointer = JsonPointer.child(parentPointer, field);
        JsonNode node = parent.get(field);
        if (node == null) {
            file.error(DiagnosticCode.MISSING_FIELD, "'" + field + "' is missing.", parentPointer);
        } else if (file.object(node, pointer, "'" + field + "'")) {
            node.fieldNames().forEachRemaining(name -> each.accept(name, JsonPointer.child(pointer, name)));
        }
    }
}
