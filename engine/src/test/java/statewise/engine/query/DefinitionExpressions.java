package statewise.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import statewise.engine.model.JsonataText;

/**
 * Finds every expression in a definition the way AWS reads them, for the corpus tests: path fields by name,
 * {@code "key.$"} values inside payload templates of JSONPath states, and {@code {% %}} strings in JSONata states.
 * {@code Result} is a literal and is never looked into. A definition is a whole state machine or, for TestState
 * cases, a single state.
 */
final class DefinitionExpressions {

    /** How AWS reads the string found. */
    enum Kind { PATH, REFERENCE_PATH, RESULT_PATH, PAYLOAD_VALUE, JSONATA }

    /** One expression: where it is (a JSON Pointer), how it is read, and its text. */
    record Found(String pointer, Kind kind, String text) {
    }

    private static final Set<String> TEMPLATES = Set.of("Parameters", "ResultSelector", "ItemSelector", "Assign",
            "Credentials", "BatchInput");
    private static final Set<String> NESTED_MACHINES = Set.of("Branches", "Iterator", "ItemProcessor");

    private final List<Found> found = new ArrayList<>();

    private DefinitionExpressions() {
    }

    static List<Found> of(JsonNode definition) {
        DefinitionExpressions walker = new DefinitionExpressions();
        String language = definition.path("QueryLanguage").asText("JSONPath");
        if (definition.has("States")) {
            walker.machine(definition, language, "");
        } else if (definition.has("Type")) {
            walker.state(definition, language, "");
        }
        return List.copyOf(walker.found);
    }

    private void machine(JsonNode machine, String language, String pointer) {
        Iterator<Map.Entry<String, JsonNode>> states = machine.path("States").fields();
        while (states.hasNext()) {
            Map.Entry<String, JsonNode> state = states.next();
            state(state.getValue(), language, pointer + "/States/" + escape(state.getKey()));
        }
    }

    private void state(JsonNode state, String machineLanguage, String pointer) {
        String language = state.path("QueryLanguage").asText(machineLanguage);
        JsonNode branches = state.path("Branches");
        for (int i = 0; i < branches.size(); i++) {
            machine(branches.get(i), machineLanguage, pointer + "/Branches/" + i);
        }
        for (String processor : List.of("Iterator", "ItemProcessor")) {
            if (state.has(processor)) {
                machine(state.get(processor), machineLanguage, pointer + "/" + processor);
            }
        }
        if (language.equals("JSONata")) {
            Iterator<Map.Entry<String, JsonNode>> fields = state.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!NESTED_MACHINES.contains(field.getKey())) {
                    jsonata(field.getValue(), pointer + "/" + escape(field.getKey()));
                }
            }
        } else {
            jsonPathFields(state, pointer);
        }
    }

    private void jsonPathFields(JsonNode node, String pointer) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            String at = pointer + "/" + escape(key);
            if (value.isTextual() && (key.endsWith("Path") || key.equals("Variable"))) {
                found.add(new Found(at, pathKind(key), value.asText()));
            } else if (TEMPLATES.contains(key)) {
                template(value, at);
            } else if (Set.of("Choices", "And", "Or", "Catch").contains(key) && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    jsonPathFields(value.get(i), at + "/" + i);
                }
            } else if (Set.of("Not", "ItemReader", "ReaderConfig", "ItemBatcher", "ResultWriter").contains(key)) {
                jsonPathFields(value, at);
            }
        }
    }

    private static Kind pathKind(String key) {
        return switch (key) {
            case "InputPath", "OutputPath", "Variable" -> Kind.PATH;
            case "ResultPath" -> Kind.RESULT_PATH;
            case "ErrorPath", "CausePath" -> Kind.PAYLOAD_VALUE;
            default -> isComparison(key) ? Kind.PATH : Kind.REFERENCE_PATH;
        };
    }

    /** Choice operators such as {@code NumericEqualsPath} take a Path; Wait's {@code TimestampPath} does not. */
    private static boolean isComparison(String key) {
        return !key.equals("TimestampPath")
                && (key.startsWith("String") || key.startsWith("Numeric") || key.startsWith("Boolean")
                        || key.startsWith("Timestamp"));
    }

    private void template(JsonNode node, String pointer) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                template(node.get(i), pointer + "/" + i);
            }
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String at = pointer + "/" + escape(field.getKey());
            if (field.getKey().endsWith(".$") && field.getValue().isTextual()) {
                found.add(new Found(at, Kind.PAYLOAD_VALUE, field.getValue().asText()));
            } else if (field.getValue().isContainerNode()) {
                template(field.getValue(), at);
            }
        }
    }

    private void jsonata(JsonNode node, String pointer) {
        if (node.isTextual() && JsonataText.isExpression(node.asText())) {
            found.add(new Found(pointer, Kind.JSONATA, node.asText()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                jsonata(node.get(i), pointer + "/" + i);
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                jsonata(field.getValue(), pointer + "/" + escape(field.getKey()));
            }
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
