package statewise.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.ComparisonOperator;

/**
 * The Choice rule builder's edits, as field changes of the Choice state: a rule is a comparison ({@code Variable},
 * an operator and its value), a JSONata {@code Condition}, or an {@code And}/{@code Or}/{@code Not} of nested
 * rules; only top-level rules have a {@code Next}. Pointers are relative to the state, e.g. {@code /Choices/0/And/1}.
 */
public final class ChoiceRules {

    /** The three ways to combine rules. */
    public static final List<String> COMBINATORS = List.of("And", "Or", "Not");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ChoiceRules() {
    }

    /** The comparison operator a rule uses, or null for a combinator or a JSONata condition. */
    public static @Nullable ComparisonOperator operator(JsonNode rule) {
        for (Iterator<String> it = rule.fieldNames(); it.hasNext(); ) {
            ComparisonOperator op = ComparisonOperator.fromAslName(it.next());
            if (op != null) {
                return op;
            }
        }
        return null;
    }

    /** The combinator a rule uses ({@code And}, {@code Or}, {@code Not}), or null. */
    public static @Nullable String combinator(JsonNode rule) {
        return COMBINATORS.stream().filter(rule::has).findFirst().orElse(null);
    }

    /** A new top-level rule going to {@code next}: a comparison, or a condition in a JSONata state. */
    public static ObjectNode newRule(boolean jsonata, String next) {
        ObjectNode rule = NODES.objectNode();
        if (jsonata) {
            rule.put("Condition", "{% $states.input.value = 'yes' %}");
        } else {
            rule.put("Variable", "$.value");
            rule.put("StringEquals", "yes");
        }
        rule.put("Next", next);
        return rule;
    }

    /**
     * The change that switches the rule at {@code pointer} to {@code operator}, keeping its value when it fits and
     * the operator's place among the rule's keys. The rule is written whole: with two operators, or none, for a
     * moment it would not be a valid rule.
     */
    public static FieldChange changeOperator(JsonNode rule, String pointer, ComparisonOperator operator) {
        ComparisonOperator old = operator(rule);
        JsonNode oldValue = old == null ? null : rule.get(old.aslName());
        JsonNode value = oldValue != null && old.operand() == operator.operand() ? oldValue : blank(operator);
        ObjectNode changed = NODES.objectNode();
        rule.fields().forEachRemaining(e -> {
            if (old != null && e.getKey().equals(old.aslName())) {
                changed.set(operator.aslName(), value);
            } else {
                changed.set(e.getKey(), e.getValue());
            }
        });
        if (old == null) {
            changed.set(operator.aslName(), value);
        }
        return FieldChange.set(pointer, changed);
    }

    /** The value typed for an operator of this kind, or null with {@code problem} when it does not fit. */
    public static FieldKind.Parsed parseValue(ComparisonOperator operator, String text) {
        return switch (operator.operand()) {
            case NUMBER -> FieldKind.NUMBER.parse(text);
            case BOOLEAN -> FieldKind.BOOLEAN.parse(text);
            case STRING, TIMESTAMP, PATH -> FieldKind.Parsed.of(NODES.textNode(text));
        };
    }

    /** The changes that put the rule at index {@code from} at index {@code to} among {@code choices}. */
    public static List<FieldChange> move(JsonNode choices, int from, int to) {
        List<JsonNode> rules = new ArrayList<>();
        choices.forEach(rules::add);
        if (from < 0 || to < 0 || from >= rules.size() || to >= rules.size() || from == to) {
            return List.of();
        }
        rules.add(to, rules.remove(from));
        ArrayNode reordered = NODES.arrayNode();
        rules.forEach(reordered::add);
        return List.of(FieldChange.set("/Choices", reordered));
    }

    /**
     * The change that wraps the top-level rule at {@code index} in {@code combinator}: its comparison becomes the
     * first nested rule and its {@code Next} stays on the top-level rule.
     */
    public static FieldChange wrap(JsonNode rule, int index, String combinator) {
        ObjectNode inner = ((ObjectNode) rule).deepCopy();
        inner.remove("Next");
        ObjectNode wrapped = NODES.objectNode();
        if (combinator.equals("Not")) {
            wrapped.set("Not", inner);
        } else {
            wrapped.putArray(combinator).add(inner);
        }
        JsonNode next = rule.get("Next");
        if (next != null) {
            wrapped.set("Next", next);
        }
        return FieldChange.set("/Choices/" + index, wrapped);
    }

    /** The change that appends a comparison to the And/Or rule at {@code pointer}. */
    public static FieldChange addNested(JsonNode combined, String pointer, String combinator) {
        ObjectNode rule = NODES.objectNode();
        rule.put("Variable", "$.value");
        rule.put("StringEquals", "yes");
        return FieldChange.set(pointer + "/" + combinator + "/" + combined.path(combinator).size(), rule);
    }

    private static JsonNode blank(ComparisonOperator operator) {
        return switch (operator.operand()) {
            case STRING -> NODES.textNode("");
            case NUMBER -> NODES.numberNode(0);
            case BOOLEAN -> NODES.booleanNode(true);
            case TIMESTAMP -> NODES.textNode("2025-01-01T00:00:00Z");
            case PATH -> NODES.textNode("$.other");
        };
    }
}
