package statewise.app.session;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The session's one undo history: immutable snapshots of the document, keystrokes that belong together coalesced
 * into one step (see {@link TypingCoalescer}), and what the menus and the title bar show of it (unsaved changes,
 * what Undo and Redo would do). The properties change only when {@link #show()} is called, which the session does
 * as it publishes a change, so views never see the history ahead of the document.
 */
final class SessionHistory {

    /** The most undo steps kept. */
    static final int MAX_STEPS = 500;

    /** Snapshots farther than this from the current one drop their analysis; it is redone if they come back. */
    static final int FULL_STEPS = 30;

    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    private UndoHistory<SessionDocument> steps;
    private TypingCoalescer.@Nullable Keystroke openTyping;

    SessionHistory(SessionDocument initial) {
        steps = newSteps(initial);
    }

    /** Starts again from {@code initial}; when {@code saved} is false it counts as unsaved from the start. */
    void restart(SessionDocument initial, boolean saved) {
        steps = newSteps(initial);
        if (!saved) {
            steps.forgetSaved();
        }
        openTyping = null;
    }

    /** Records typing that led to {@code next}: part of the open typing step when it continues it, else a new one. */
    void typed(SessionDocument next, TypingCoalescer.Keystroke keystroke) {
        TypingCoalescer.Keystroke open = openTyping;
        if (open != null && !steps.isSaved() && TypingCoalescer.continues(open, keystroke)) {
            steps.replaceCurrent(next);
        } else {
            steps.push(next, TypingCoalescer.label(keystroke.edit()));
        }
        openTyping = keystroke;
    }

    /** Records {@code next} as an undo step of its own, called {@code label}. */
    void push(SessionDocument next, String label) {
        steps.push(next, label);
        openTyping = null;
    }

    /** Replaces the current snapshot (its analysis arrived, or it came back without one). */
    void replaceCurrent(SessionDocument next) {
        steps.replaceCurrent(next);
    }

    /** The snapshot before the current one, or null when there is none. */
    @Nullable SessionDocument undo() {
        if (!steps.canUndo()) {
            return null;
        }
        openTyping = null;
        return steps.undo();
    }

    /** The snapshot after the current one, or null when there is none. */
    @Nullable SessionDocument redo() {
        if (!steps.canRedo()) {
            return null;
        }
        openTyping = null;
        return steps.redo();
    }

    void markSaved() {
        steps.markSaved();
        openTyping = null;
        dirty.set(false);
    }

    void forgetSaved() {
        steps.forgetSaved();
        dirty.set(true);
    }

    /** Brings the properties up to date with the history. */
    void show() {
        dirty.set(!steps.isSaved());
        canUndo.set(steps.canUndo());
        canRedo.set(steps.canRedo());
        undoLabel.set(labelOrEmpty(steps.undoLabel()));
        redoLabel.set(labelOrEmpty(steps.redoLabel()));
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    private static UndoHistory<SessionDocument> newSteps(SessionDocument initial) {
        return new UndoHistory<>(initial, MAX_STEPS, FULL_STEPS, SessionDocument::withoutAnalysis);
    }

    private static String labelOrEmpty(@Nullable String label) {
        return label == null ? "" : label;
    }
}
