package statewise.engine.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.JsonataText;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;

/**
 * Lists that must not be empty and embedded JSON that must be an object. AWS: "Value cannot be empty" for
 * {@code Choices} and {@code Branches}; {@code Assign} and {@code ItemSelector} are objects ("Incorrect type.
 * Expected 'object'"); JSONata {@code Arguments} is an object or a single {@code {% %}} expression. (A JSONPath
 * {@code Parameters} or {@code ResultSelector} template may be any JSON value.)
 */
final class RequiredContent implements StateRule {

    @Override
    public void checkState(ValidationContext context, StateVisit v) {
        State s = v.state();
        if (s instanceof ChoiceState choice) {
            notEmpty(context, choice.choices(), v.field("Choices"));
        } else if (s instanceof ParallelState parallel) {
            notEmpty(context, parallel.branches(), v.field("Branches"));
        }
        boolean jsonata = v.queryLanguage() == QueryLanguage.JSONATA;
        if (notAnObject(s.assign(), false)) {
            report(context, v.field("Assign"), false);
        }
        if (notAnObject(s.arguments(), jsonata)) {
            report(context, v.field("Arguments"), jsonata);
        }
        if (s instanceof MapState map && notAnObject(map.itemSelector(), jsonata)) {
            report(context, v.field("ItemSelector"), jsonata);
        }
        if (s.catchers() != null) {
            for (int i = 0; i < s.catchers().size(); i++) {
                if (notAnObject(s.catchers().get(i).assign(), false)) {
                    report(context, v.field("Catch") + "/" + i + "/Assign", false);
                }
            }
        }
    }

    private static void notEmpty(ValidationContext context, @Nullable List<?> list, String pointer) {
        if (list != null && list.isEmpty()) {
            context.report(DiagnosticCode.INVALID_VALUE, "Value cannot be empty.", pointer);
        }
    }

    /**
     * True when {@code value} is present and neither an object nor (where allowed) an expression. Checked before
     * the field's pointer is built, which only a report needs.
     */
    private static boolean notAnObject(@Nullable JsonNode value, boolean expressionAllowed) {
        return value != null && !value.isObject()
                && !(expressionAllowed && value.isTextual() && JsonataText.isExpression(value.textValue()));
    }

    private static void report(ValidationContext context, String pointer, boolean expressionAllowed) {
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        context.report(DiagnosticCode.WRONG_TYPE, "Incorrect type: '" + field + "' must be a JSON object"
                + (expressionAllowed ? " or a {% %} expression" : "") + ".", pointer);
    }
}
