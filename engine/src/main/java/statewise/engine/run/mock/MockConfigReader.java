package statewise.engine.run.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.SourceMap;
import statewise.engine.parse.TreeReader;

/**
 * Reads a MockConfigFile (JSON, or YAML by file name) and checks its shape: {@code StateMachines} with
 * {@code TestCases} mapping state names to response names that exist, and {@code MockedResponses} whose keys are
 * invocation indexes or inclusive ranges ({@code "0"}, {@code "1-2"}, not overlapping), each answer holding
 * exactly one of {@code Return} or {@code Throw} ({@code Error} required, {@code Cause} optional). Every problem is
 * a diagnostic at its line and column, as for definitions.
 */
public final class MockConfigReader {

    /** The configuration when the file has no errors, and the diagnostics either way. */
    public record Result(@Nullable MockConfig config, List<Diagnostic> diagnostics) {

        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final SourceMap sourceMap;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private MockConfigReader(SourceMap sourceMap, List<Diagnostic> diagnostics) {
        this.sourceMap = sourceMap;
        this.diagnostics.addAll(diagnostics);
    }

    /** Reads {@code text}, naming the file {@code source} in the resolver's messages. */
    public static Result read(String text, String source) {
        TreeReader.Result tree = TreeReader.read(text, DocumentFormat.fromFileName(source));
        MockConfigReader reader = new MockConfigReader(tree.sourceMap(), tree.diagnostics());
        if (tree.hasSyntaxErrors() || tree.root() == null) {
            return new Result(null, reader.diagnostics);
        }
        MockConfig config = reader.config(tree.root(), source);
        boolean errors = reader.diagnostics.stream().anyMatch(Diagnostic::isError);
        return new Result(errors ? null : config, reader.diagnostics);
    }

    private MockConfig config(JsonNode root, String source) {
        Map<String, Map<String, Map<String, String>>> machines = new LinkedHashMap<>();
        Map<String, MockedResponse> responses = new LinkedHashMap<>();
        if (object(root, JsonPointer.ROOT, "The mock file")) {
            unknownFields(root, JsonPointer.ROOT, List.of("StateMachines", "MockedResponses"));
            members(root, JsonPointer.ROOT, "MockedResponses", (name, pointer) -> {
                MockedResponse response = ResponseReader.read(name, root.get("MockedResponses").get(name),
                        pointer, this);
                responses.put(name, response);
            });
            members(root, JsonPointer.ROOT, "StateMachines", (name, pointer) ->
                    machines.put(name, testCases(root.get("StateMachines").get(name), pointer, responses)));
        }
        return new MockConfig(machines, responses, source);
    }

    private Map<String, Map<String, String>> testCases(JsonNode machine, String pointer,
            Map<String, MockedResponse> responses) {
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        if (!object(machine, pointer, "A state machine's mocks")) {
            return cases;
        }
        unknownFields(machine, pointer, List.of("TestCases"));
        members(machine, pointer, "TestCases", (name, casePointer) -> {
            JsonNode testCase = machine.get("TestCases").get(name);
            Map<String, String> states = new LinkedHashMap<>();
            if (object(testCase, casePointer, "A test case")) {
                testCase.fields().forEachRemaining(state -> {
                    String statePointer = JsonPointer.child(casePointer, state.getKey());
                    if (!state.getValue().isTextual()) {
                        error(DiagnosticCode.WRONG_TYPE, "The mock of state '" + state.getKey()
                                + "' must be the name of a mocked response (a string).", statePointer);
                    } else if (!responses.containsKey(state.getValue().textValue())) {
                        error(DiagnosticCode.INVALID_VALUE, "No mocked response is named '"
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
            error(DiagnosticCode.MISSING_FIELD, "'" + field + "' is missing.", parentPointer);
        } else if (object(node, pointer, "'" + field + "'")) {
            node.fieldNames().forEachRemaining(name -> each.accept(name, JsonPointer.child(pointer, name)));
        }
    }

    boolean object(JsonNode node, String pointer, String what) {
        if (!node.isObject()) {
            error(DiagnosticCode.WRONG_TYPE, what + " must be an object.", pointer);
            return false;
        }
        return true;
    }

    void unknownFields(JsonNode node, String pointer, List<String> known) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                error(DiagnosticCode.UNKNOWN_FIELD, "Unknown field '" + name + "'; expected "
                        + String.join(" or ", known) + ".", JsonPointer.child(pointer, name));
            }
        });
    }

    void error(DiagnosticCode code, String message, String pointer) {
        diagnostics.add(new Diagnostic(code.id(), code.severity(), message, pointer, sourceMap.locate(pointer)));
    }
}
