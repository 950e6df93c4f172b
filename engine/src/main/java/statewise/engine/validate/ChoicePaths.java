package statewise.engine.validate;

import java.util.List;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.Condition;
import statewise.engine.query.PathKind;

/** The paths of JSONPath Choice rules: every {@code Variable} and every {@code ...Path} operand, at any depth. */
final class ChoicePaths {

    private ChoicePaths() {
    }

    static void check(ValidationContext context, List<ChoiceRule> rules, String pointer) {
        for (int i = 0; i < rules.size(); i++) {
            condition(context, rules.get(i).condition(), pointer + "/" + i);
        }
    }

    private static void condition(ValidationContext context, Condition condition, String pointer) {
        if (condition instanceof Condition.Comparison c) {
            PathFields.path(context, c.variable(), PathKind.PATH, pointer + "/Variable");
            if (c.operator().isPathForm() && c.operand().isTextual()) {
                PathFields.path(context, c.operand().textValue(), PathKind.PATH,
                        pointer + "/" + c.operator().aslName());
            }
        } else if (condition instanceof Condition.And and) {
            check(context, and.rules(), pointer + "/And");
        } else if (condition instanceof Condition.Or or) {
            check(context, or.rules(), pointer + "/Or");
        } else if (condition instanceof Condition.Not not) {
            condition(context, not.rule().condition(), pointer + "/Not");
        }
    }
}
