package statewise.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.ComparisonOperator;
import statewise.engine.model.Condition;
import statewise.engine.model.JsonataText;

/**
 * Binds Choice rules. A rule object holds exactly one test: a comparison ({@code Variable} with one operator),
 * {@code And}, {@code Or}, {@code Not}, or (JSONata) {@code Condition}. Top-level rules also carry {@code Next}.
 */
final class ChoiceRuleBinder {

    private static final List<String> COMBINATORS = List.of("And", "Or", "Not", "Condition");

    private final Diagnostics out;

    ChoiceRuleBinder(Diagnostics out) {
        this.out = out;
    }

    ChoiceRule rule(ObjectNode node, String pointer, boolean topLevel) {
        ObjectReader r = new ObjectReader(node, pointer, out);
        Condition condition = condition(r, node);
        ChoiceRule rule = new ChoiceRule(condition, r.string("Next"), r.string("Comment"), r.json("Assign"),
                r.json("Output"), r.extras("choice rules"));
        if (topLevel && !node.has("Next")) {
            out.add(DiagnosticCode.MISSING_FIELD, "The field 'Next' is required in each rule of 'Choices'.", pointer);
        }
        return rule;
    }

    private Condition condition(ObjectReader r, ObjectNode node) {
        List<String> tests = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (COMBINATORS.contains(field) || ComparisonOperator.fromAslName(field) != null) {
                tests.add(field);
            }
        }
        if (tests.isEmpty()) {
            r.accept("Variable");
            out.add(DiagnosticCode.MISSING_FIELD, "A choice rule needs a test: a 'Variable' with a comparison"
                    + " operator, 'And', 'Or', 'Not' or 'Condition'.", r.pointer());
            if (node.has("Variable")) {
                r.keep("Variable");
            }
            return new Condition.Missing();
        }
        String test = tests.get(0);
        for (String extra : tests.subList(1, tests.size())) {
            r.accept(extra);
            r.keep(extra);
            out.add(DiagnosticCode.CONFLICTING_FIELDS, "A choice rule has exactly one test; '" + extra
                    + "' cannot be used together with '" + test + "'.", r.pointer(extra));
        }
        return switch (test) {
            case "And" -> new Condition.And(list(r, "And"));
            case "Or" -> new Condition.Or(list(r, "Or"));
            case "Not" -> not(r);
            case "Condition" -> jsonataCondition(r);
            default -> comparison(r, ComparisonOperator.fromAslName(test));
        };
    }

    private List<ChoiceRule> list(ObjectReader r, String field) {
        if (r.has("Variable")) {
            r.accept("Variable");
            r.keep("Variable");
            out.add(DiagnosticCode.CONFLICTING_FIELDS, "'Variable' has no effect next to '" + field + "'.",
                    r.pointer("Variable"));
        }
        List<ChoiceRule> rules = r.objectList(field, (o, p) -> rule(o, p, false));
        if (rules == null) {
            return List.of();
        }
        if (rules.isEmpty()) {
            out.add(DiagnosticCode.INVALID_VALUE, "'" + field + "' must list at least one rule.", r.pointer(field));
        }
        return rules;
    }

    private Condition not(ObjectReader r) {
        ObjectNode inner = r.object("Not");
        if (inner == null) {
            return new Condition.Missing();
        }
        return new Condition.Not(rule(inner, r.pointer("Not"), false));
    }

    private Condition jsonataCondition(ObjectReader r) {
        JsonNode value = r.json("Condition");
        if (value != null && value.isTextual() && JsonataText.isExpression(value.textValue())) {
            return new Condition.Jsonata(value.textValue());
        }
        if (value == null || !value.isBoolean()) {
            out.add(DiagnosticCode.WRONG_TYPE, "'Condition' must be a JSONata expression \"{% ... %}\" or a boolean.",
                    r.pointer("Condition"));
        }
        return new Condition.Literal(value == null ? NullNode.getInstance() : value);
    }

    private Condition comparison(ObjectReader r, ComparisonOperator operator) {
        String variable = r.string("Variable");
        if (!r.has("Variable")) {
            out.add(DiagnosticCode.MISSING_FIELD, "'" + operator.aslName() + "' needs a 'Variable' to compare.",
                    r.pointer());
        }
        JsonNode operand = r.json(operator.aslName());
        String expected = switch (operator.operand()) {
            case STRING -> operand.isTextual() ? null : "a string";
            case TIMESTAMP -> operand.isTextual() ? null : "a timestamp string";
            case PATH -> operand.isTextual() ? null : "a path string";
            case NUMBER -> operand.isNumber() ? null : "a number";
            case BOOLEAN -> operand.isBoolean() ? null : "a boolean";
        };
        if (expected != null) {
            out.add(DiagnosticCode.WRONG_TYPE, "'" + operator.aslName() + "' must be " + expected + ", not "
                    + Diagnostics.describe(operand) + ".", r.pointer(operator.aslName()));
        }
        return new Condition.Comparison(variable, operator, operand);
    }
}
