package statewise.engine.validate;

import java.util.List;
import java.util.function.Function;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.model.Catcher;
import statewise.engine.model.Retrier;

/**
 * Rules for {@code ErrorEquals} in retriers and catchers.
 *
 * <p>ASL: "The reserved name States.ALL in a Retrier's ErrorEquals field is a wildcard and matches any Error Name.
 * Such a value MUST appear alone in the ErrorEquals array and MUST appear in the last Retrier in the Retry array"
 * (likewise for catchers); ErrorEquals is "a non-empty array of Strings".
 */
final class ErrorMatching implements StateRule {

    static final String ALL = "States.ALL";

    @Override
    public void checkState(ValidationContext context, StateVisit v) {
        List<Retrier> retry = v.state().retry();
        if (retry != null) {
            checkList(context, retry, Retrier::errorEquals, v.field("Retry"), "Retrier");
        }
        List<Catcher> catchers = v.state().catchers();
        if (catchers != null) {
            checkList(context, catchers, Catcher::errorEquals, v.field("Catch"), "Catcher");
        }
    }

    private static <T> void checkList(ValidationContext context, List<T> list, Function<T, List<String>> errors,
            String pointer, String what) {
        for (int i = 0; i < list.size(); i++) {
            List<String> names = errors.apply(list.get(i));
            String errorsPointer = pointer + "/" + i + "/ErrorEquals";
            if (names == null) {
                continue;
            }
            if (names.isEmpty()) {
                context.report(DiagnosticCode.INVALID_VALUE, "Value cannot be empty: 'ErrorEquals' lists the error"
                        + " names this " + what.toLowerCase(java.util.Locale.ROOT) + " handles.", errorsPointer);
            }
            int all = names.indexOf(ALL);
            if (all >= 0 && names.size() > 1) {
                context.report(DiagnosticCode.STATES_ALL_NOT_LAST, ALL + " must appear alone in 'ErrorEquals'.",
                        errorsPointer + "/" + all);
            } else if (all >= 0 && i < list.size() - 1) {
                context.report(DiagnosticCode.STATES_ALL_NOT_LAST, ALL + " must be in the last " + what + ": the "
                        + what.toLowerCase(java.util.Locale.ROOT) + "s after it could never be used.",
                        errorsPointer + "/" + all);
            }
        }
    }
}
