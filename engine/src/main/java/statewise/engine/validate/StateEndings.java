package statewise.engine.validate;

import java.util.List;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.Condition;
import statewise.engine.model.State;
import statewise.engine.model.StateType;
import statewise.engine.model.Transition;

/**
 * Every state says how it continues, and every graph can end.
 *
 * <p>ASL: "All non-terminal states MUST have a Next field, except for the Choice state"; "a state MUST NOT have
 * both Next and End: true"; Choice rules nested in And, Or or Not "MUST NOT contain a Next field". AWS refuses a
 * workflow (or branch) without any terminal state ({@code MISSING_END_STATE}).
 */
final class StateEndings implements StateRule {

    @Override
    public void checkState(ValidationContext context, StateVisit v) {
        checkTransition(context, v);
        if (v.state() instanceof ChoiceState choice && choice.choices() != null) {
            for (int i = 0; i < choice.choices().size(); i++) {
                Condition condition = choice.choices().get(i).condition();
                if (condition instanceof Condition.And || condition instanceof Condition.Or
                        || condition instanceof Condition.Not) {
                    checkNestedRules(context, condition, v.field("Choices") + "/" + i);
                }
            }
        }
    }

    /** Every graph (the state machine, each branch, each item processor) has a state that ends it. */
    static final class TerminalStates implements Rule {

        @Override
        public void check(ValidationContext context) {
            if (context.isSingleState()) {
                return;
            }
            for (ValidationContext.GraphVisit g : context.graphs()) {
                if (!g.graph().states().isEmpty()
                        && g.graph().states().values().stream().noneMatch(Transition::ends)) {
                    context.report(DiagnosticCode.NO_TERMINAL_STATE, "No terminal state: at least one state must"
                            + " have \"End\": true or be a Succeed or Fail state.",
                            JsonPointer.child(g.pointer(), "States"));
                }
            }
        }
    }

    private static void checkTransition(ValidationContext context, StateVisit v) {
        State s = v.state();
        if (s.type() == StateType.UNKNOWN || s.type() == StateType.CHOICE || s.type().isTerminal()) {
            return;
        }
        boolean end = Boolean.TRUE.equals(s.end());
        if (s.next() != null && end) {
            context.report(DiagnosticCode.CONFLICTING_FIELDS,
                    "There should only be one of the following fields: [Next, End].", v.field("End"));
        } else if (s.next() == null && !end && !context.isSingleState()) {
            context.report(DiagnosticCode.MISSING_TRANSITION, "This object should have only one of the following"
                    + " fields: [Next, End]. State '" + v.name() + "' needs 'Next' or \"End\": true.", v.pointer());
        }
    }

    private static void checkNestedRules(ValidationContext context, Condition condition, String pointer) {
        if (condition instanceof Condition.And and) {
            nested(context, and.rules(), pointer + "/And");
        } else if (condition instanceof Condition.Or or) {
            nested(context, or.rules(), pointer + "/Or");
        } else if (condition instanceof Condition.Not not) {
            nestedRule(context, not.rule(), pointer + "/Not");
        }
    }

    private static void nested(ValidationContext context, List<ChoiceRule> rules, String pointer) {
        for (int i = 0; i < rules.size(); i++) {
            nestedRule(context, rules.get(i), pointer + "/" + i);
        }
    }

    private static void nestedRule(ValidationContext context, ChoiceRule rule, String pointer) {
        if (rule.next() != null) {
            context.report(DiagnosticCode.UNKNOWN_FIELD, "Field 'Next' is not supported: only top-level rules of"
                    + " 'Choices' have it, not rules inside And, Or or Not.",
                    pointer + "/Next");
        }
        checkNestedRules(context, rule.condition(), pointer);
    }
}
