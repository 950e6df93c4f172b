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
final class RequiredContent implements Rule {

    @Override
    public void check(ValidationContext context) {
        for (StateVisit v : context.states()) {
            State s = v.state();
            if (s instanceof ChoiceState choice) {
                notEmpty(context, choice.choices(), v.field("Choices"));
            } else if (s instanceof ParallelState parallel) {
                notEmpty(context, parallel.branches(), v.field("Branches"));
            }
            object(context, s.assign(), v.field("Assign"), false);
            object(context, s.arguments(), v.field("Arguments"), v.queryLanguage() == QueryLanguage.JSONATA);
            if (s instanceof MapState map) {
                object(context, map.itemSelector(), v.field("ItemSelector"), v.queryLanguage()
                        == QueryLanguage.JSONATA);
            }
            if (s.catchers() != null) {
                for (int i = 0; i < s.catchers().size(); i++) {
                    object(context, s.catchers().get(i).assign(), v.field("Catch") + "/" + i + "/Assign", false);
                }
            }
        }
    }

    private static void notEmpty(ValidationContext context, @Nullable List<?> list, String pointer) {
        if (list != null && list.isEmpty()) {
            context.report(DiagnosticCode.INVALID_VALUE, "Value cannot be empty.", pointer);
        }
    }

    private static void object(ValidationContext context, @Nullable JsonNode value, String pointer,
            boolean expressionAllowed) {
        if (value == null || value.isObject()) {
            return;
        }
        if (expressionAllowed && value.isTextual() && JsonataText.isExpression(value.textValue())) {
            return;
        }
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        context.report(DiagnosticCode.WRONG_TYPE, "Incorrect type: '" + field + "' must be a JSON object"
                + (expressionAllowed ? " or a {% %} expression" : "") + ".", pointer);
    }
}
