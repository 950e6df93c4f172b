package statewise.app.session;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which states a transition that the views did not make themselves changes: an undo or redo, or a reparse's new
 * model. The views redraw just these, so it is worked out once, here, for all of them.
 */
final class AffectedStates {

    private AffectedStates() {
    }

    /** What going back (or forth) from {@code previous} to {@code target} changes: its model and its positions. */
    static Set<String> restored(SessionDocument previous, SessionDocument target) {
        Set<String> affected = target.model() == previous.model() ? Set.of()
                : ChangedStates.between(previous.modelDocument(), target.modelDocument());
        if (target.positions().equals(previous.positions())) {
            return affected;
        }
        Set<String> all = new HashSet<>(affected);
        all.addAll(previous.positions().changedIn(target.positions()));
        return all;
    }

    /**
     * What a reparse's reading {@code next} of {@code previous}'s text changes; {@code found} is what the engine
     * thread found for it, or null when the model shown has changed since and it must be found again.
     */
    static Set<String> analysed(SessionDocument previous, SessionDocument next, @Nullable Set<String> found) {
        if (next.model() == previous.model()) {
            return Set.of();
        }
        return found != null ? found : ChangedStates.between(previous.modelDocument(), next.modelDocument());
    }
}
