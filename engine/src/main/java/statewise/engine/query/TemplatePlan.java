package statewise.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A payload template prepared for repeated evaluation. Each {@code "key.$"} value is parsed once into a compiled
 * path or an intrinsic plan, and any part of the template without such keys is kept as one constant, shared by
 * every evaluation instead of being copied.
 */
final class TemplatePlan {

    private TemplatePlan() {
    }

    /** A prepared template or part of one; {@code field} names the whole template for messages. */
    sealed interface Node {
        JsonNode value(PathScope scope, RandomGenerator random, String field);
    }

    /** A part without {@code .$} keys, returned as written. */
    record Constant(JsonNode value) implements Node {
        @Override
        public JsonNode value(PathScope scope, RandomGenerator random, String field) {
            return value;
        }
    }

    /** An object with evaluated members; {@code keys} are the output names ({@code .$} removed). */
    record ObjectTemplate(List<String> keys, List<Node> values) implements Node {
        @Override
        public JsonNode value(PathScope scope, RandomGenerator random, String field) {
            ObjectNode object = JsonText.NODES.objectNode();
            for (int i = 0; i < keys.size(); i++) {
                object.set(keys.get(i), values.get(i).value(scope, random, field));
            }
            return object;
        }
    }

    /** An array with evaluated items. */
    record ArrayTemplate(List<Node> items) implements Node {
        @Override
        public JsonNode value(PathScope scope, RandomGenerator random, String field) {
            ArrayNode array = JsonText.NODES.arrayNode(items.size());
            for (Node item : items) {
                array.add(item.value(scope, random, field));
            }
            return array;
        }
    }

    /** A {@code "key.$"} path; {@code key} is written with its {@code .$}, as AWS's message names it. */
    record PathValue(CompiledPath path, String key) implements Node {
        @Override
        public JsonNode value(PathScope scope, RandomGenerator random, String field) {
            return PathReads.select(path, scope, key);
        }
    }

    /** A {@code "key.$"} intrinsic function call; {@code text} is the call as written. */
    record CallValue(IntrinsicPlan.Node plan, String text) implements Node {
        @Override
        public JsonNode value(PathScope scope, RandomGenerator random, String field) {
            return IntrinsicEvaluator.run(plan, text, scope, random);
        }
    }

    /** A {@code "key.$"} whose value is neither a path nor an intrinsic call: it fails when evaluated. */
    record Broken(String key, String reason) implements Node {
        @Override
        public JsonNode value(PathScope scope, RandomGenerator random, String field) {
            throw QueryFailure.runtime("The value for the field '" + key + "' in " + field
                    + " must be a valid JSONPath or a valid intrinsic function call: " + reason);
        }
    }

    /** The plan of a template: objects and arrays are walked, keys ending in {@code .$} evaluated. */
    static Node compile(JsonNode template) {
        if (template.isObject()) {
            return object(template);
        }
        if (template.isArray()) {
            List<Node> items = new ArrayList<>(template.size());
            boolean dynamic = false;
            for (JsonNode item : template) {
                Node node = compile(item);
                dynamic |= !(node instanceof Constant);
                items.add(node);
            }
            return dynamic ? new ArrayTemplate(List.copyOf(items)) : new Constant(template);
        }
        return new Constant(template);
    }

    private static Node object(JsonNode template) {
        List<String> keys = new ArrayList<>(template.size());
        List<Node> values = new ArrayList<>(template.size());
        boolean dynamic = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = template.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            String key = member.getKey();
            Node node;
            if (key.endsWith(".$")) {
                node = expression(member.getValue(), key);
                key = key.substring(0, key.length() - 2);
            } else {
                node = compile(member.getValue());
            }
            dynamic |= !(node instanceof Constant);
            keys.add(key);
            values.add(node);
        }
        return dynamic ? new ObjectTemplate(List.copyOf(keys), List.copyOf(values)) : new Constant(template);
    }

    /** The plan of a {@code .$} value: a path or an intrinsic function call, named {@code key} in messages. */
    static Node expression(JsonNode value, String key) {
        if (!value.isTextual()) {
            return new Broken(key, "found " + JsonText.compact(value));
        }
        String text = value.textValue();
        ParseResult<IntrinsicExpression> parsed = IntrinsicParser.parseValue(text);
        if (parsed instanceof ParseResult.Failed<IntrinsicExpression> failed) {
            return new Broken(key, failed.error().message());
        }
        IntrinsicExpression expression = parsed.result().orElseThrow();
        if (expression instanceof IntrinsicExpression.PathArgument argument) {
            return new PathValue(CompiledPath.of(argument.path()), key);
        }
        return new CallValue(IntrinsicPlan.compile(expression), text);
    }
}
