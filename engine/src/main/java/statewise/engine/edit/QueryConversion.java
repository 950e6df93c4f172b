package statewise.engine.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.QueryLanguage;

/**
 * Rewrites a state's JSON object from one query language to the other where the meaning is plain: {@code Parameters}
 * whose dynamic values are simple paths become {@code Arguments} with the same paths as JSONata expressions, and a
 * Task's {@code OutputPath} of a simple path becomes its {@code Output} (and back). Anything else written in the
 * old language (filters, intrinsic functions, InputPath, ResultPath, Choice rules, JSONata beyond a path) has no
 * faithful counterpart, so the conversion refuses and names the fields.
 */
final class QueryConversion {

    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
    private static final Pattern JSON_PATH = Pattern.compile("(\\$\\$?)((?:\\." + NAME + ")*)");
    private static final Pattern JSONATA_PATH = Pattern.compile(
            "\\{%\\s*\\$states\\.(input|context|result)((?:\\." + NAME + ")*)\\s*%}");

    /** Fields only JSONPath states have (beyond those converted). */
    private static final Set<String> JSONPATH_ONLY = Set.of("InputPath", "ResultSelector", "ResultPath", "Result",
            "ItemsPath", "ItemSelector", "Iterator", "SecondsPath", "TimestampPath", "TimeoutSecondsPath",
            "HeartbeatSecondsPath", "ErrorPath", "CausePath", "MaxConcurrencyPath", "ToleratedFailureCountPath",
            "ToleratedFailurePercentagePath", "Assign", "Choices");

    /** Fields only JSONata states have (beyond those converted). */
    private static final Set<String> JSONATA_ONLY = Set.of("Items", "ItemSelector", "Assign", "Choices");

    private QueryConversion() {
    }

    /**
     * Converts {@code tree} (a state's object, changed in place) to {@code to}.
     *
     * @return null when converted, else why it cannot be
     */
    static @Nullable String convert(ObjectNode tree, QueryLanguage to) {
        List<String> blocking = new ArrayList<>();
        Set<String> only = to == QueryLanguage.JSONATA ? JSONPATH_ONLY : JSONATA_ONLY;
        tree.fieldNames().forEachRemaining(field -> {
            if (only.contains(field)) {
                blocking.add(field);
            }
        });
        boolean task = "Task".equals(tree.path("Type").asText());
        String from = to == QueryLanguage.JSONATA ? "Parameters" : "Arguments";
        String output = to == QueryLanguage.JSONATA ? "OutputPath" : "Output";
        JsonNode arguments = tree.get(from);
        JsonNode converted = arguments == null ? null : to == QueryLanguage.JSONATA ? toJsonata(arguments)
                : toJsonPath(arguments);
        if (arguments != null && converted == null) {
            blocking.add(from);
        }
        JsonNode out = tree.get(output);
        String outConverted = out == null || !task || !out.isTextual() ? null : outputOf(out.textValue(), to);
        if (out != null && outConverted == null) {
            blocking.add(output);
        }
        catchers(tree, blocking);
        if (!blocking.isEmpty()) {
            return "It uses " + String.join(", ", blocking) + ", which " + (blocking.size() == 1 ? "has" : "have")
                    + " no plain " + to.aslName() + " counterpart; rewrite " + (blocking.size() == 1 ? "it" : "them")
                    + " in the inspector.";
        }
        if (converted != null) {
            tree.remove(from);
            tree.set(to == QueryLanguage.JSONATA ? "Arguments" : "Parameters", converted);
        }
        if (outConverted != null) {
            tree.remove(output);
            tree.put(to == QueryLanguage.JSONATA ? "Output" : "OutputPath", outConverted);
        }
        return null;
    }

    /** Catchers with more than ErrorEquals and Next carry language-specific fields. */
    private static void catchers(ObjectNode tree, List<String> blocking) {
        for (JsonNode catcher : tree.path("Catch")) {
            Iterator<String> fields = catcher.fieldNames();
            while (fields.hasNext()) {
                String field = fields.next();
                if (!field.equals("ErrorEquals") && !field.equals("Next") && !field.equals("Comment")) {
                    blocking.add("Catch." + field);
                    return;
                }
            }
        }
    }

    /** Parameters as Arguments: {@code "k.$": "$.a"} becomes {@code "k": "{% $states.input.a %}"}; else null. */
    private static @Nullable JsonNode toJsonata(JsonNode value) {
        if (value.isTextual() && value.textValue().startsWith("{%")) {
            return null;
        }
        if (!value.isObject()) {
            return value.isArray() ? eachOf(value, QueryLanguage.JSONATA) : value.deepCopy();
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String key = field.getKey();
            if (key.endsWith(".$")) {
                Matcher path = field.getValue().isTextual() ? JSON_PATH.matcher(field.getValue().textValue()) : null;
                if (path == null || !path.matches()) {
                    return null;
                }
                String root = path.group(1).equals("$$") ? "$states.context" : "$states.input";
                out.set(key.substring(0, key.length() - 2), TextNode.valueOf("{% " + root + path.group(2) + " %}"));
            } else {
                JsonNode inner = toJsonata(field.getValue());
                if (inner == null) {
                    return null;
                }
                out.set(key, inner);
            }
        }
        return out;
    }

    /** Arguments as Parameters: the reverse of {@link #toJsonata}; null if not plain. */
    private static @Nullable JsonNode toJsonPath(JsonNode value) {
        if (value.isTextual() && value.textValue().contains("{%")) {
            return null;
        }
        if (!value.isObject()) {
            return value.isArray() ? eachOf(value, QueryLanguage.JSONPATH) : value.deepCopy();
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            JsonNode v = field.getValue();
            Matcher path = v.isTextual() ? JSONATA_PATH.matcher(v.textValue()) : null;
            if (path != null && path.matches() && !path.group(1).equals("result")) {
                String root = path.group(1).equals("context") ? "$$" : "$";
                out.put(field.getKey() + ".$", root + path.group(2));
            } else {
                JsonNode inner = toJsonPath(v);
                if (inner == null) {
                    return null;
                }
                out.set(field.getKey(), inner);
            }
        }
        return out;
    }

    private static @Nullable JsonNode eachOf(JsonNode array, QueryLanguage to) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode element : array) {
            JsonNode converted = to == QueryLanguage.JSONATA ? toJsonata(element) : toJsonPath(element);
            if (converted == null) {
                return null;
            }
            out.add(converted);
        }
        return out;
    }

    /** A Task's OutputPath {@code $.a} as Output {@code {% $states.result.a %}} and back; null if not plain. */
    private static @Nullable String outputOf(String text, QueryLanguage to) {
        if (to == QueryLanguage.JSONATA) {
            Matcher path = JSON_PATH.matcher(text);
            return path.matches() && path.group(1).equals("$") ? "{% $states.result" + path.group(2) + " %}" : null;
        }
        Matcher path = JSONATA_PATH.matcher(text);
        return path.matches() && path.group(1).equals("result") ? "$" + path.group(2) : null;
    }
}
