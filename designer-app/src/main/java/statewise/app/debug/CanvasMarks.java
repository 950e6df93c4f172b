package statewise.app.debug;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.SetChangeListener;
import org.jspecify.annotations.Nullable;
import statewise.app.canvas.CanvasView;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.debug.model.StateStatus;
import statewise.app.debug.model.StatusBoard;

/**
 * Shows the debugger on the canvas: each state's status in the shown execution as a pseudo-class on its node
 * ({@code status-running}, {@code status-caught}…, coloured by the theme's {@code -sw-status-*} tokens), updated
 * once per batch of events for the states that changed only; the transitions taken as {@code taken} edges; and a
 * {@code breakpoint} mark on states with a breakpoint.
 */
final class CanvasMarks {

    static final String BREAKPOINT = "breakpoint";
    static final String TAKEN = "taken";

    private final CanvasView canvas;
    private final Map<String, StateStatus> shown = new HashMap<>();
    private final Set<StatusBoard.Transition> taken = new HashSet<>();
    private final Consumer<Set<String>> changed = this::changed;
    private @Nullable StatusBoard board;

    CanvasMarks(CanvasView canvas, DebuggerViewModel model) {
        this.canvas = canvas;
        model.shownProperty().addListener((property, old, record) -> show(record));
        model.breakpoints().pointers().addListener((SetChangeListener<String>) change -> {
            if (change.wasAdded()) {
                canvas.setNodeMark(change.getElementAdded(), BREAKPOINT, true);
            }
            if (change.wasRemoved()) {
                canvas.setNodeMark(change.getElementRemoved(), BREAKPOINT, false);
            }
        });
        model.breakpoints().pointers().forEach(p -> canvas.setNodeMark(p, BREAKPOINT, true));
        show(model.shownProperty().get());
    }

    private void show(@Nullable ExecutionRecord record) {
        if (board != null) {
            board.removeListener(changed);
        }
        Map.copyOf(shown).keySet().forEach(pointer -> apply(pointer, StateStatus.NOT_RUN));
        board = record == null ? null : record.board();
        if (board != null) {
            board.addListener(changed);
            board.tallies().forEach((pointer, tally) -> apply(pointer, tally.status()));
        }
        showTransitions();
    }

    /** Marks the edges of the transitions taken and unmarks the ones no longer shown. */
    private void showTransitions() {
        Set<StatusBoard.Transition> now = board == null ? Set.of() : board.transitions().keySet();
        for (StatusBoard.Transition t : Set.copyOf(taken)) {
            if (!now.contains(t)) {
                canvas.setEdgeMark(t.from(), t.to(), TAKEN, false);
                taken.remove(t);
            }
        }
        for (StatusBoard.Transition t : now) {
            if (taken.add(t)) {
                canvas.setEdgeMark(t.from(), t.to(), TAKEN, true);
            }
        }
    }

    private void changed(Set<String> pointers) {
        StatusBoard current = board;
        if (current != null) {
            pointers.forEach(p -> apply(p, current.tally(p).status()));
            showTransitions();
        }
    }

    private void apply(String pointer, StateStatus status) {
        StateStatus before = shown.get(pointer);
        if (before == status) {
            return;
        }
        if (before != null) {
            canvas.setNodeMark(pointer, before.pseudoClass(), false);
        }
        if (status == StateStatus.NOT_RUN) {
            shown.remove(pointer);
        } else {
            shown.put(pointer, status);
            canvas.setNodeMark(pointer, status.pseudoClass(), true);
        }
    }
}
