package statewise.app.mocks;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The mock editor's undo history: immutable snapshots and a pointer, so undo and redo move the pointer and never
 * need a hand-written revert. The saved snapshot is marked, which gives the dirty flag. Edits that carry the same
 * coalescing key one after the other (the keystrokes in one field) replace the newest snapshot instead of adding
 * one, so they undo as one step; an edit never merges into the saved snapshot.
 *
 * @param <T> the snapshot type; snapshots are never changed once pushed
 */
final class SnapshotHistory<T> {

    private record Entry<T>(T value, String label, @Nullable String key) {
    }

    private final List<Entry<T>> entries = new ArrayList<>();
    private int index;
    private int saved;

    SnapshotHistory(T initial) {
        reset(initial);
    }

    /** Forgets every edit: {@code initial} is the one snapshot, and it is saved. */
    void reset(T initial) {
        entries.clear();
        entries.add(new Entry<>(initial, "", null));
        index = 0;
        saved = 0;
    }

    T current() {
        return entries.get(index).value();
    }

    /** Adds {@code value} after the current snapshot, dropping the redo steps. */
    void push(T value, String label, @Nullable String key) {
        entries.subList(index + 1, entries.size()).clear();
        if (saved > index) {
            saved = -1;
        }
        Entry<T> top = entries.get(index);
        if (key != null && key.equals(top.key()) && index > 0 && index != saved) {
            entries.set(index, new Entry<>(value, top.label(), key));
            return;
        }
        entries.add(new Entry<>(value, label, key));
        index++;
    }

    boolean canUndo() {
        return index > 0;
    }

    boolean canRedo() {
        return index < entries.size() - 1;
    }

    /** What undo would take back ("Change the Return value"), or empty. */
    String undoLabel() {
        return canUndo() ? entries.get(index).label() : "";
    }

    T undo() {
        if (canUndo()) {
            index--;
        }
        return current();
    }

    T redo() {
        if (canRedo()) {
            index++;
        }
        return current();
    }

    void markSaved() {
        saved = index;
    }

    boolean dirty() {
        return index != saved;
    }
}
