package statewise.app.canvas;

import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.app.session.NodePositions;
import statewise.app.session.TextPatch;
import statewise.engine.model.Transition;

/** What a canvas gesture comes to: an edit to apply as one undo step, a refusal with its reason, or a question. */
public sealed interface CanvasOutcome {

    /**
     * The edit is allowed.
     *
     * @param patch     the text change, for {@link statewise.app.session.DocumentSession#apply}
     * @param positions the sidecar positions after the edit (pins follow renamed states, deleted ones go)
     * @param select    the pointers to select afterwards (new or renamed states); empty keeps nothing selected
     * @param notice    what the user should know (e.g. a new state is not connected yet), or null
     */
    record Apply(TextPatch patch, NodePositions positions, List<String> select, @Nullable String notice)
            implements CanvasOutcome {

        public Apply {
            select = List.copyOf(select);
        }
    }

    /** The edit would make invalid ASL or cannot be made; {@code reason} goes to the status bar. */
    record Refuse(String reason) implements CanvasOutcome {
    }

    /** A connection could be of several kinds: the user picks one of {@code kinds}. */
    record Ask(List<Transition.Kind> kinds) implements CanvasOutcome {

        public Ask {
            kinds = List.copyOf(kinds);
        }
    }
}
