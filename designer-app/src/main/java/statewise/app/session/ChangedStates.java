package statewise.app.session;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;

/**
 * Which parts of the model differ between two readings, as pointers, so views redraw only those: each state added,
 * removed or changed (a changed nested state also changes the Parallel or Map holding it), {@code /StartAt} when
 * the start moved, the pointer of each of the machine's own fields that concern no state ({@code /Comment},
 * {@code /TimeoutSeconds}, {@code /Version}), and the root {@code ""} when something that concerns every state
 * changed (the query language, the kind of document) or no model could be read.
 */
public final class ChangedStates {

    /** The start pointer, reported when only {@code StartAt} changed. */
    public static final String START_AT = "/StartAt";

    /** What the pointer of every top-level state starts with; nested states are inside those. */
    private static final String STATES = "/States/";

    private ChangedStates() {
    }

    public static Set<String> between(AslDocument before, AslDocument after) {
        if (before == after) {
            return Set.of();
        }
        StateMachine a = before.stateMachine();
        StateMachine b = after.stateMachine();
        if (before.kind() != after.kind() || (a == null) != (b == null)
                || (before.state() == null) != (after.state() == null)) {
            return Set.of(JsonPointer.ROOT);
        }
        Set<String> changed = new HashSet<>();
        if (a != null && b != null) {
            if (!Objects.equals(a.queryLanguage(), b.queryLanguage()) || !a.extras().equals(b.extras())) {
                return Set.of(JsonPointer.ROOT);
            }
            if (!Objects.equals(a.startAt(), b.startAt())) {
                changed.add(START_AT);
            }
            addIfChanged(changed, "/Comment", a.comment(), b.comment());
            addIfChanged(changed, "/TimeoutSeconds", a.timeoutSeconds(), b.timeoutSeconds());
            addIfChanged(changed, "/Version", a.version(), b.version());
        }
        Map<String, State> old = StatePointers.of(before);
        Map<String, State> now = StatePointers.of(after);
        old.forEach((pointer, state) -> {
            if (!state.equals(now.get(pointer))) {
                changed.add(pointer);
            }
        });
        now.keySet().stream().filter(pointer -> !old.containsKey(pointer)).forEach(changed::add);
        return Set.copyOf(changed);
    }

    /**
     * True when {@code affected} (what {@link #between} found) names something the diagram and the outline show:
     * a state, the start, or everything. A change to the machine's comment, say, leaves both as they are.
     */
    public static boolean touchesStates(Set<String> affected) {
        for (String pointer : affected) {
            if (pointer.equals(JsonPointer.ROOT) || pointer.equals(START_AT) || pointer.startsWith(STATES)) {
                return true;
            }
        }
        return false;
    }

    private static void addIfChanged(Set<String> changed, String pointer, @Nullable Object a, @Nullable Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(pointer);
        }
    }
}
