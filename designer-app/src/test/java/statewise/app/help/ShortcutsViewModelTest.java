package statewise.app.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShortcutsViewModelTest {

    private static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut("Save", "Ctrl+S", "file.save"),
            new Shortcut("Undo", "Ctrl+Z", "edit.undo"),
            new Shortcut("Save As", "Shift+Ctrl+S", "file.saveAs"),
            new Shortcut("Go to State", "Ctrl+G", "navigate.state"));

    @Test
    void rowsAreSortedByActionAndAllShownWithoutAQuery() {
        ShortcutsViewModel model = new ShortcutsViewModel(SHORTCUTS);

        assertEquals(List.of("Go to State", "Save", "Save As", "Undo"),
                model.rows().stream().map(Shortcut::action).toList());
    }

    @Test
    void searchMatchesEveryWordInActionKeysOrIdIgnoringCase() {
        ShortcutsViewModel model = new ShortcutsViewModel(SHORTCUTS);

        model.queryProperty().set("save shift");
        assertEquals(List.of("Save As"), model.rows().stream().map(Shortcut::action).toList());

        model.queryProperty().set("ctrl+z");
        assertEquals(List.of("Undo"), model.rows().stream().map(Shortcut::action).toList());

        model.queryProperty().set("  ");
        assertEquals(4, model.rows().size());
    }

    @Test
    void aShortcutMatchesByItsIdToo() {
        Shortcut goTo = new Shortcut("Go to State", "Ctrl+G", "navigate.state");

        assertTrue(goTo.matches("NAVIGATE"));
        assertFalse(goTo.matches("navigate delete"));
    }

    @Test
    void anActionWithoutAcceleratorIsListedByTheKeyHintInItsLabel() {
        assertEquals(Optional.of(new Shortcut("Rename", "F2 (canvas)", "diagram.rename")),
                Shortcut.of("Rename (F2)", null, "diagram.rename"));
        assertEquals(Optional.of(new Shortcut("Find State on Canvas", "Ctrl+F (canvas)", "canvas.find")),
                Shortcut.of("Find State on Canvas… (Ctrl+F)", null, "canvas.find"));
        assertEquals(Optional.of(new Shortcut("Open", "Ctrl+O", "file.open")), Shortcut.of("Open…", "Ctrl+O",
                "file.open"));
        assertEquals(Optional.empty(), Shortcut.of("Set as Start", null, "diagram.setStart"));
        assertEquals(Optional.empty(), Shortcut.of("Import (CloudFormation)", null, "file.import"));
    }
}
