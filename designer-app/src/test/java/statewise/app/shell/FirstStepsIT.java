package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import statewise.app.actions.ActionRegistry;
import statewise.app.debug.model.SavedInputs;
import statewise.app.debug.model.WorkflowFiles;
import statewise.app.examples.Example;
import statewise.app.examples.ExampleCopy;
import statewise.app.help.AboutDialog;
import statewise.app.help.Library;
import statewise.app.help.Shortcut;
import statewise.app.help.ShortcutsDialog;

/** What a new user reaches for first: File → Open Example, Help → Keyboard Shortcuts and Help → About. */
class FirstStepsIT {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    @Test
    void openExampleListsEveryExampleAndOpensACopyWithItsSidecars(FxRobot robot) throws Exception {
        fixture.awaitOpened("order-processing.asl.json");
        Menu examples = (Menu) menu(robot, "_File").getItems().stream()
                .filter(item -> WindowMenus.EXAMPLES_ID.equals(item.getId())).findFirst().orElseThrow();
        assertEquals(List.of(Example.values()).stream().map(e -> ActionRegistry.OPEN_EXAMPLE + e.id()).toList(),
                examples.getItems().stream().map(MenuItem::getId).toList());

        robot.interact(() -> examples.getItems().get(Example.ETL_BATCH.ordinal()).fire());
        fixture.awaitOpened("etl-batch.asl.json");

        Path definition = fixture.window.session().fileProperty().get();
        Path folder = definition.getParent();
        assertTrue(folder.startsWith(ExampleCopy.defaultParent()), folder::toString);
        assertEquals(Example.ETL_BATCH.text("etl-batch.asl.json"), Files.readString(definition));
        for (String file : Example.ETL_BATCH.files()) {
            assertTrue(Files.isRegularFile(folder.resolve(file)), file);
        }
        assertEquals(List.of(ExampleCopy.SAMPLE_INPUT),
                List.copyOf(SavedInputs.read(new WorkflowFiles(definition).inputs()).keySet()));
        assertFalse(fixture.window.session().dirtyProperty().get());
    }

    @Test
    void shortcutsTableListsEveryBoundActionAndFiltersAsYouType(FxRobot robot) throws Exception {
        fixture.awaitOpened("order-processing.asl.json");
        long bound = fixture.window.actions().all().stream().filter(a -> a.accelerator() != null).count();

        robot.interact(() -> fixture.window.actions().run(ActionRegistry.SHORTCUTS));
        WindowFixture.awaitDialog(robot);
        @SuppressWarnings("unchecked")
        TableView<Shortcut> table = robot.lookup("#" + ShortcutsDialog.TABLE_ID).queryAs(TableView.class);
        assertTrue(table.getItems().size() > bound, table.getItems()::toString);
        assertTrue(fixture.window.actions().all().stream().filter(a -> a.accelerator() != null)
                .allMatch(a -> table.getItems().stream().anyMatch(s -> s.id().equals(a.id()))));
        assertTrue(table.getItems().contains(new Shortcut("Rename", "F2 (canvas)", ActionRegistry.RENAME_STATE)),
                table.getItems()::toString);
        assertTrue(table.getItems().stream().anyMatch(s -> s.id().equals(ActionRegistry.SAVE)
                && s.keys().equals(fixture.window.actions().get(ActionRegistry.SAVE).accelerator().getDisplayText())));
        assertTrue(table.getItems().stream().anyMatch(s -> s.id().equals(ActionRegistry.SHORTCUTS)));

        TextField search = robot.lookup("#" + ShortcutsDialog.SEARCH_ID).queryAs(TextField.class);
        robot.interact(() -> search.setText("undo"));

        assertEquals(List.of(ActionRegistry.UNDO), table.getItems().stream().map(Shortcut::id).toList());
        WindowFixture.save(robot, table.getScene(), "keyboard-shortcuts.png");
    }

    @Test
    void aboutNamesStatewiseJavaFxAndTheLibrariesFromTheRunningProgram(FxRobot robot) throws Exception {
        fixture.awaitOpened("order-processing.asl.json");

        robot.interact(() -> fixture.window.actions().run(ActionRegistry.ABOUT));
        DialogPane dialog = WindowFixture.awaitDialog(robot);

        assertTrue(dialog.getHeaderText().startsWith("Statewise "), dialog.getHeaderText());
        String javafx = robot.lookup("#about-javafx").queryAs(Label.class).getText();
        assertEquals(System.getProperty("javafx.runtime.version"), javafx);
        assertNotEquals("not started", javafx);
        assertTrue(robot.lookup("#about-java").queryAs(Label.class).getText()
                .startsWith(System.getProperty("java.version")));
        @SuppressWarnings("unchecked")
        TableView<Library> libraries = robot.lookup("#" + AboutDialog.LIBRARIES_ID).queryAs(TableView.class);
        assertTrue(libraries.getItems().stream().anyMatch(l -> l.name().equals("controlsfx")
                && !l.version().isBlank()), libraries.getItems()::toString);
        assertTrue(libraries.getItems().stream().anyMatch(l -> l.name().equals("com.fasterxml.jackson.core:"
                + "jackson-databind")), libraries.getItems()::toString);
        WindowFixture.save(robot, dialog.getScene(), "about.png");
    }

    private static Menu menu(FxRobot robot, String text) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> m.getText().equals(text)).findFirst().orElseThrow();
    }
}
