package statewise.app.debug;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import org.jspecify.annotations.Nullable;
import statewise.app.canvas.CanvasView;
import statewise.app.debug.model.BreakpointLimit;
import statewise.app.debug.model.BreakpointModel;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.debug.model.StateStatus;
import statewise.app.debug.model.StatusBoard;
import statewise.app.debug.model.Timeline;
import statewise.app.debug.model.TimelineBar;
import statewise.engine.run.Paused;
import statewise.engine.run.TaskCallbacks;

/**
 * Shows the debugger on the canvas: each state's status in the shown execution as a pseudo-class on its node
 * ({@code status-running}, {@code status-caught}…, coloured by the theme's {@code -sw-status-*} tokens), updated
 * once per batch of events for the states that changed only; Map and Parallel counters (iterations or branches
 * running, succeeded, failed) as node badges; the transitions taken as {@code taken} edges; a {@code waiting} mark
 * and a "Waiting for callback" badge on tasks waiting for the user's answer; a {@code breakpoint} mark on states
 * with a breakpoint; and a {@code paused} mark on the state where the live execution is paused.
 */
final class CanvasMarks {

    static final String BREAKPOINT = "breakpoint";
    /** A breakpoint that pauses in one Map iteration or Parallel branch only (badge: "Breaks in iteration 2"). */
    static final String BREAKPOINT_LIMITED = "breakpoint-limited";
    /** The state where the live execution is paused (before it, or in it). */
    static final String PAUSED = "paused";
    static final String TAKEN = "taken";
    static final String WAITING = "waiting";
    static final String WAITING_BADGE = "Waiting for callback";

    private final CanvasView canvas;
    private final BreakpointModel breakpoints;
    private final Map<String, StateStatus> shown = new HashMap<>();
    private final Map<String, String> badges = new HashMap<>();
    private final Set<String> waiting = new HashSet<>();
    private final Set<StatusBoard.Transition> taken = new HashSet<>();
    private final Consumer<Set<String>> changed = this::changed;
    private final ObservableStringValue strand;
    private @Nullable StatusBoard board;
    private @Nullable ExecutionRecord record;
    private @Nullable String pausedAt;

    /**
     * @param strand the Map iteration or Parallel branch whose own colouring the canvas shows (as the timeline names
     *               them), or empty for the whole run
     */
    CanvasMarks(CanvasView canvas, DebuggerViewModel model, ObservableStringValue strand) {
        this.canvas = canvas;
        this.breakpoints = model.breakpoints();
        this.strand = strand;
        model.shownProperty().addListener((property, old, record) -> show(record));
        strand.addListener((property, old, now) -> recolour());
        model.breakpoints().pointers().addListener((SetChangeListener<String>) change -> {
            if (change.wasAdded()) {
                canvas.setNodeMark(change.getElementAdded(), BREAKPOINT, true);
            }
            if (change.wasRemoved()) {
                canvas.setNodeMark(change.getElementRemoved(), BREAKPOINT, false);
            }
        });
        model.breakpoints().pointers().forEach(p -> canvas.setNodeMark(p, BREAKPOINT, true));
        model.breakpoints().limits().addListener((MapChangeListener<String, BreakpointLimit>) change -> {
            canvas.setNodeMark(change.getKey(), BREAKPOINT_LIMITED, change.wasAdded());
            badge(change.getKey());
        });
        model.callbacks().waiting().addListener((ListChangeListener<TaskCallbacks.Waiting>) change ->
                showWaiting(model));
        model.liveProperty().addListener((property, old, live) -> showWaiting(model));
        model.pausedProperty().addListener((property, old, where) -> showPaused(model, where));
        show(model.shownProperty().get());
    }

    /** Marks the state the live execution is paused at, and unmarks the one it was paused at before. */
    private void showPaused(DebuggerViewModel model, @Nullable Paused where) {
        ExecutionRecord live = model.liveProperty().get();
        String pointer = where == null || live == null ? null : live.board().pointerOf(where.stateName());
        if (Objects.equals(pointer, pausedAt)) {
            return;
        }
        if (pausedAt != null) {
            canvas.setNodeMark(pausedAt, PAUSED, false);
        }
        if (pointer != null) {
            canvas.setNodeMark(pointer, PAUSED, true);
        }
        pausedAt = pointer;
    }

    /** Marks the tasks of the live execution that wait for a callback, and unmarks the rest. */
    private void showWaiting(DebuggerViewModel model) {
        ExecutionRecord live = model.liveProperty().get();
        Set<String> now = new HashSet<>();
        if (live != null) {
            for (TaskCallbacks.Waiting task : model.callbacks().waiting()) {
                String pointer = live.board().pointerOf(task.stateName());
                if (pointer != null) {
                    now.add(pointer);
                }
            }
        }
        for (String pointer : Set.copyOf(waiting)) {
            if (!now.contains(pointer)) {
                waiting.remove(pointer);
                canvas.setNodeMark(pointer, WAITING, false);
                badge(pointer);
            }
        }
        for (String pointer : now) {
            if (waiting.add(pointer)) {
                canvas.setNodeMark(pointer, WAITING, true);
                badge(pointer);
            }
        }
    }

    /**
     * The badge of {@code pointer}: "Waiting for callback", else its counters in the shown run, else the iteration or
     * branch its breakpoint is limited to, else none.
     */
    private void badge(String pointer) {
        StatusBoard current = board;
        String counters = current == null ? "" : current.tally(pointer).counters();
        String limit = breakpoints.limit(pointer).label();
        String text = waiting.contains(pointer) ? WAITING_BADGE : !counters.isEmpty() ? counters
                : limit.isEmpty() ? null : "Breaks in " + limit;
        if (!Objects.equals(text, badges.get(pointer))) {
            if (text == null) {
                badges.remove(pointer);
            } else {
                badges.put(pointer, text);
            }
            canvas.setNodeBadge(pointer, text);
        }
    }

    private void show(@Nullable ExecutionRecord record) {
        if (board != null) {
            board.removeListener(changed);
        }
        Map.copyOf(shown).keySet().forEach(pointer -> apply(pointer, StateStatus.NOT_RUN));
        this.record = record;
        board = record == null ? null : record.board();
        Set.copyOf(badges.keySet()).forEach(this::badge);
        if (board != null) {
            board.addListener(changed);
            board.tallies().forEach((pointer, tally) -> apply(pointer, tally.status()));
            board.tallies().keySet().forEach(this::badge);
        }
        showTransitions();
        recolour();
    }

    /** Colours the states as the chosen iteration or branch saw them, or as the whole run did when none is chosen. */
    private void recolour() {
        StatusBoard current = board;
        ExecutionRecord showing = record;
        if (current == null || showing == null) {
            return;
        }
        Map<String, StateStatus> now = new HashMap<>();
        if (strand.get() == null || strand.get().isEmpty()) {
            current.tallies().forEach((pointer, tally) -> now.put(pointer, tally.status()));
        } else {
            List<TimelineBar> bars = Timeline.of(showing.events(), showing.resultProperty().get() != null);
            Timeline.statuses(bars, strand.get()).forEach((name, status) -> {
                String pointer = current.pointerOf(name);
                if (pointer != null) {
                    now.put(pointer, status);
                }
            });
        }
        Map.copyOf(shown).keySet().stream().filter(p -> !now.containsKey(p))
                .forEach(p -> apply(p, StateStatus.NOT_RUN));
        now.forEach(this::apply);
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
        if (current != null && strand.get() != null && !strand.get().isEmpty()) {
            recolour();
            pointers.forEach(this::badge);
            showTransitions();
        } else if (current != null) {
            pointers.forEach(p -> {
                apply(p, current.tally(p).status());
                badge(p);
            });
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
