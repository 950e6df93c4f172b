package statewise.app.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A list of immutable snapshots with a pointer to the current one: undo and redo move the pointer, a new step
 * drops whatever could have been redone. The history remembers which step was saved, which gives the dirty flag
 * without counting edits. It keeps at most {@code maxSteps} steps, and lets {@code compact} slim down snapshots
 * more than {@code fullSteps} away from the pointer (a document drops its analysis there).
 *
 * <p>Invariants: {@code 0 <= pointer < size}; {@code saved} is a valid index or -1 when the saved snapshot is no
 * longer in the history (it was undone and then overwritten, or dropped as too old).
 *
 * @param <T> the snapshot type
 */
public final class UndoHistory<T> {

    private record Step<T>(T value, String label) {
    }

    private final List<Step<T>> steps = new ArrayList<>();
    private final int maxSteps;
    private final int fullSteps;
    private final UnaryOperator<T> compact;
    private int pointer;
    private int saved;

    /** A history whose only step is {@code initial}, marked saved. */
    public UndoHistory(T initial, int maxSteps, int fullSteps, UnaryOperator<T> compact) {
        if (maxSteps < 1 || fullSteps < 0) {
            throw new IllegalArgumentException("maxSteps " + maxSteps + ", fullSteps " + fullSteps);
        }
        this.maxSteps = maxSteps;
        this.fullSteps = fullSteps;
        this.compact = compact;
        steps.add(new Step<>(initial, ""));
    }

    public T current() {
        return steps.get(pointer).value();
    }

    /** Adds a step after the current one; whatever could have been redone is gone. */
    public void push(T value, String label) {
        steps.subList(pointer + 1, steps.size()).clear();
        if (saved > pointer) {
            saved = -1;
        }
        steps.add(new Step<>(value, label));
        pointer++;
        while (steps.size() > maxSteps) {
            steps.remove(0);
            pointer--;
            saved = saved > 0 ? saved - 1 : -1;
        }
        compactFarSteps();
    }

    /** Replaces the current snapshot without making a step (more typing in the same step, a finished analysis). */
    public void replaceCurrent(T value) {
        steps.set(pointer, new Step<>(value, steps.get(pointer).label()));
    }

    public boolean canUndo() {
        return pointer > 0;
    }

    public boolean canRedo() {
        return pointer < steps.size() - 1;
    }

    /** Moves back one step and returns the snapshot there. */
    public T undo() {
        if (!canUndo()) {
            throw new IllegalStateException("Nothing to undo");
        }
        pointer--;
        compactFarSteps();
        return current();
    }

    /** Moves forward one step and returns the snapshot there. */
    public T redo() {
        if (!canRedo()) {
            throw new IllegalStateException("Nothing to redo");
        }
        pointer++;
        compactFarSteps();
        return current();
    }

    /** The label of the step undo would take back, or null. */
    public @Nullable String undoLabel() {
        return canUndo() ? steps.get(pointer).label() : null;
    }

    /** The label of the step redo would make again, or null. */
    public @Nullable String redoLabel() {
        return canRedo() ? steps.get(pointer + 1).label() : null;
    }

    /** The current snapshot is what the file now holds. */
    public void markSaved() {
        saved = pointer;
    }

    /** The saved snapshot is gone: the document differs from the file whatever is undone (a recovered draft). */
    public void forgetSaved() {
        saved = -1;
    }

    public boolean isSaved() {
        return saved == pointer;
    }

    public int size() {
        return steps.size();
    }

    private void compactFarSteps() {
        for (int i = 0; i < steps.size(); i++) {
            if (Math.abs(i - pointer) > fullSteps) {
                Step<T> step = steps.get(i);
                T slim = compact.apply(step.value());
                if (slim != step.value()) {
                    steps.set(i, new Step<>(slim, step.label()));
                }
            }
        }
    }
}
