package statewise.engine.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.model.Catcher;
import statewise.engine.model.Retrier;

/**
 * Warns about a retrier or catcher that can never be chosen because earlier ones already match every error it
 * names. ASL: "the interpreter attempts the Retriers/Catchers in the order listed"; {@code States.ALL} matches any
 * error, and {@code States.TaskFailed} "matches any known error except for States.Timeout" (so every error name not
 * reserved by the {@code States.} prefix).
 */
final class ShadowedHandlers implements StateRule {

    @Override
    public void checkState(ValidationContext context, StateVisit v) {
        if (v.state().retry() != null) {
            check(context, v.state().retry(), Retrier::errorEquals, v.field("Retry"), "retrier");
        }
        if (v.state().catchers() != null) {
            check(context, v.state().catchers(), Catcher::errorEquals, v.field("Catch"), "catcher");
        }
    }

    private static <T> void check(ValidationContext context, List<T> handlers, Function<T, List<String>> errors,
            String pointer, String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < handlers.size(); i++) {
            List<String> names = errors.apply(handlers.get(i));
            if (names == null || names.isEmpty()) {
                continue;
            }
            if (names.stream().allMatch(name -> covered(seen, name))) {
                context.report(DiagnosticCode.CATCH_NEVER_FIRES, "This " + what + " is never used: the " + what
                        + "s before it already handle " + String.join(", ", names) + ".", pointer + "/" + i);
            }
            seen.addAll(names);
        }
    }

    private static boolean covered(Set<String> seen, String name) {
        if (seen.contains(name) || seen.contains(ErrorMatching.ALL)) {
            return true;
        }
        return seen.contains("States.TaskFailed") && !name.startsWith("States.");
    }
}
