package statewise.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {

    private final UndoHistory<String> history = new UndoHistory<>("a", 100, 100, UnaryOperator.identity());

    @Test
    void undoAndRedoMoveThePointerAndGiveTheSnapshots() {
        history.push("b", "Add b");
        history.push("c", "Add c");

        assertEquals("b", history.undo());
        assertEquals("a", history.undo());
        assertFalse(history.canUndo());
        assertEquals("b", history.redo());
        assertEquals("c", history.redo());
        assertFalse(history.canRedo());
    }

    @Test
    void labelsNameTheStepsUndoAndRedoWouldTake() {
        history.push("b", "Rename state");

        assertEquals("Rename state", history.undoLabel());
        assertNull(history.redoLabel());
        history.undo();
        assertNull(history.undoLabel());
        assertEquals("Rename state", history.redoLabel());
    }

    @Test
    void aNewStepDropsWhatCouldHaveBeenRedone() {
        history.push("b", "b");
        history.undo();

        history.push("x", "x");

        assertFalse(history.canRedo());
        assertEquals("a", history.undo());
        assertEquals(2, history.size());
    }

    @Test
    void undoingBackToTheSavedStepMakesTheDocumentCleanAgain() {
        assertTrue(history.isSaved());
        history.push("b", "b");
        assertFalse(history.isSaved());

        history.undo();

        assertTrue(history.isSaved());
    }

    @Test
    void theSavedStepIsLostWhenAnEditReplacesItsRedoBranch() {
        history.push("b", "b");
        history.markSaved();
        history.undo();

        history.push("x", "x");
        history.undo();

        assertFalse(history.isSaved());
    }

    @Test
    void replacingTheCurrentSnapshotKeepsItsLabelAndMakesNoStep() {
        history.push("b", "Typing");

        history.replaceCurrent("bc");

        assertEquals(2, history.size());
        assertEquals("bc", history.current());
        assertEquals("Typing", history.undoLabel());
    }

    @Test
    void theOldestStepsGoWhenTheHistoryIsFull() {
        UndoHistory<String> small = new UndoHistory<>("0", 3, 3, UnaryOperator.identity());
        small.push("1", "1");
        small.push("2", "2");
        small.push("3", "3");

        assertEquals(3, small.size());
        small.undo();
        assertEquals("1", small.undo());
        assertFalse(small.canUndo());
        assertFalse(small.isSaved());
    }

    @Test
    void snapshotsFarFromThePointerAreCompacted() {
        UndoHistory<String> compacting = new UndoHistory<>("a", 100, 1, s -> s.toUpperCase());
        compacting.push("b", "b");
        compacting.push("c", "c");

        assertEquals("b", compacting.undo());
        assertEquals("A", compacting.undo());
        assertEquals("b", compacting.redo());
        assertEquals("C", compacting.redo());
    }

    @Test
    void undoWithNothingToUndoIsABug() {
        assertThrows(IllegalStateException.class, history::undo);
        assertThrows(IllegalStateException.class, history::redo);
    }
}
