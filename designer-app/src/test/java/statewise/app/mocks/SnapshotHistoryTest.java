package statewise.app.mocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnapshotHistoryTest {

    @Test
    void editsWithTheSameKeyInARowAreOneStep() {
        SnapshotHistory<String> history = new SnapshotHistory<>("a");
        history.push("ab", "Type", "field");
        history.push("abc", "Type", "field");
        history.push("abcd", "Other", "other");

        assertEquals("abc", history.undo());
        assertEquals("a", history.undo());
        assertFalse(history.canUndo());
    }

    @Test
    void anEditNeverMergesIntoTheSavedSnapshot() {
        SnapshotHistory<String> history = new SnapshotHistory<>("a");
        history.push("ab", "Type", "field");
        history.markSaved();
        history.push("abc", "Type", "field");

        assertTrue(history.dirty());
        assertEquals("ab", history.undo());
        assertFalse(history.dirty());
    }

    @Test
    void editingAfterUndoingPastTheSaveStaysDirtyForever() {
        SnapshotHistory<String> history = new SnapshotHistory<>("a");
        history.push("b", "B", null);
        history.markSaved();
        history.undo();
        history.push("c", "C", null);

        assertTrue(history.dirty());
        history.undo();
        assertTrue(history.dirty(), "the saved 'b' is gone");
        assertEquals("a", history.current());
    }
}
