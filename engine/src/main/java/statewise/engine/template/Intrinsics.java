package statewise.engine.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * CloudFormation intrinsic functions in a state machine's definition, turned into what a person reading the
 * definition expects: the text of {@code Fn::Sub} with its {@code ${...}} placeholders kept, the pieces of
 * {@code Fn::Join} joined, and {@code Ref} and {@code Fn::GetAtt} written as the placeholders
 * {@code ${Name}} and {@code ${Resource.Attribute}}, which the validator accepts wherever a value goes. Functions
 * whose value only deployment knows ({@code Fn::If}, {@code Fn::ImportValue}...) become {@code ${Fn::If}} and the
 * like.
 */
final class Intrinsics {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Intrinsics() {
    }

    /** The function an intrinsic object calls ({@code Ref}, {@code Fn::Sub}...), or null for any other value. */
    static @Nullable String function(JsonNode value) {
        if (!value.isObject() || value.size() != 1) {
            return null;
        }
        String key = value.fieldNames().next();
        return key.equals("Ref") || key.startsWith("Fn::") ? key : null;
    }

    /** A {@code DefinitionString}'s text: a string, {@code Fn::Sub} or {@code Fn::Join}. */
    static String definitionString(JsonNode value) {
        String function = function(value);
        if (value.isTextual() || "Fn::Sub".equals(function) || "Fn::Join".equals(function)) {
            return text(value);
        }
        throw new TemplateException("DefinitionString is " + (function == null ? "not a string" : "written with "
                + function + ", whose value is only known when the stack is deployed") + ".");
    }

    /** The value as a string, with intrinsic functions resolved as far as the template alone allows. */
    static String text(JsonNode value) {
        String function = function(value);
        if (function == null) {
            return value.isValueNode() ? value.asText() : value.toString();
        }
        JsonNode argument = value.get(function);
        return switch (function) {
            case "Ref" -> "${" + argument.asText() + "}";
            case "Fn::GetAtt" -> "${" + (argument.isArray() ? argument.path(0).asText() + "."
                    + argument.path(1).asText() : argument.asText()) + "}";
            case "Fn::Sub" -> argument.isArray() ? argument.path(0).asText() : argument.asText();
            case "Fn::Join" -> join(argument);
            default -> "${" + function + "}";
        };
    }

    private static String join(JsonNode argument) {
        if (!argument.isArray() || argument.size() != 2 || !argument.get(1).isArray()) {
            throw new TemplateException("Fn::Join takes a delimiter and a list of values.");
        }
        StringBuilder out = new StringBuilder();
        String delimiter = argument.get(0).asText();
        for (Iterator<JsonNode> it = argument.get(1).elements(); it.hasNext(); ) {
            out.append(text(it.next()));
            if (it.hasNext()) {
                out.append(delimiter);
            }
        }
        return out.toString();
    }

    /** A copy of a {@code Definition} object with every intrinsic function in it written as its text. */
    static JsonNode placeholders(JsonNode value) {
        if (function(value) != null) {
            return NODES.textNode(text(value));
        }
        if (value.isObject()) {
            ObjectNode out = NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(e.getKey(), placeholders(e.getValue()));
            }
            return out;
        }
        if (value.isArray()) {
            ArrayNode out = NODES.arrayNode();
            value.forEach(element -> out.add(placeholders(element)));
            return out;
        }
        return value;
    }
}
