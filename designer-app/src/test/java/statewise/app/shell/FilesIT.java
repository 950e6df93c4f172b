package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import statewise.app.actions.ActionRegistry;
import statewise.app.files.LayoutSidecar;
import statewise.app.problems.ProblemsView;
import statewise.app.session.DocumentSession;
import statewise.app.session.NodePositions;
import statewise.engine.document.Diagnostic;

/**
 * Files as a user handles them: save and save as (with the layout file) and open again, Open Recent, a broken file
 * shown with its problems, a file changed by another program, and the question before unsaved work is dropped.
 */
class FilesIT {

    private static final String NAME = "hello-world.asl.json";

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.template(NAME);

    @Test
    void savedAsWithPositionsAndOpenedAgainGivesTheSameDocument(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        DocumentSession session = fixture.window.session();
        CodeArea area = fixture.area(robot);
        robot.interact(() -> area.moveTo(fixture.original.indexOf("\"Done\": {")));
        robot.write("\"Extra\": {\"Type\": \"Pass\", \"End\": true},\n    ");
        NodePositions.Position placed = new NodePositions.Position(120.5, 48);
        robot.interact(() -> session.movePositions(Map.of("/States/SayHello", placed), "Move SayHello", null));
        Path copy = fixture.file().resolveSibling("copy.asl.json");

        robot.interact(() -> assertTrue(fixture.window.files().saveTo(copy)));

        String saved = Files.readString(copy);
        assertEquals(area.getText(), saved);
        assertTrue(Files.readString(LayoutSidecar.pathFor(copy)).contains("\"/States/SayHello\""));
        assertEquals("Statewise — copy.asl.json", fixture.stage.getTitle());
        assertEquals(copy.toAbsolutePath().toString(), fixture.window.settings().get().recentFiles().get(0));
        assertEquals(fixture.original, Files.readString(fixture.file()));

        robot.interact(() -> fixture.window.files().open(fixture.file()));
        fixture.awaitOpened(NAME);
        robot.interact(() -> fixture.window.files().open(copy));
        fixture.awaitOpened("copy.asl.json");
        assertEquals(saved, area.getText());
        assertEquals(placed, session.document().positions().get("/States/SayHello"));
        assertFalse(session.dirtyProperty().get());
    }

    @Test
    void openRecentListsTheFilesUsedNewestFirstAndOpensOne(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        Path copy = fixture.file().resolveSibling("copy.asl.json");
        robot.interact(() -> assertTrue(fixture.window.files().saveTo(copy)));
        robot.interact(() -> fixture.window.files().open(fixture.file()));
        fixture.awaitOpened(NAME);
        Menu file = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        Menu recent = (Menu) file.getItems().stream().filter(item -> WindowMenus.RECENT_ID.equals(item.getId()))
                .findFirst().orElseThrow();

        robot.interact(() -> {
            file.show();
            recent.show();
        });
        List<String> labels = recent.getItems().stream().map(MenuItem::getText).toList();
        robot.interact(() -> {
            recent.hide();
            file.hide();
        });

        assertTrue(labels.get(0).startsWith(NAME + "  —  "), labels::toString);
        assertTrue(labels.get(1).startsWith("copy.asl.json  —  "), labels::toString);
        robot.interact(() -> recent.getItems().get(1).fire());
        fixture.awaitOpened("copy.asl.json");
        assertEquals(Files.readString(copy), fixture.area(robot).getText());
    }

    @Test
    void ctrlSSavesTheTypedTextToTheOpenFile(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        CodeArea area = fixture.area(robot);
        robot.interact(() -> area.moveTo(fixture.original.indexOf("Says hello")));
        robot.write("Politely ");
        assertEquals("Statewise — *" + NAME, fixture.stage.getTitle());

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        assertEquals(fixture.original.replace("Says hello", "Politely Says hello"), Files.readString(fixture.file()));
        assertEquals("Statewise — " + NAME, fixture.stage.getTitle());
        assertFalse(Files.exists(LayoutSidecar.pathFor(fixture.file())), "no positions, no layout file");
    }

    @Test
    void aBrokenFileOpensInTheEditorWithItsProblemsAndNoDialog(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        Path broken = fixture.file().resolveSibling("broken.asl.json");
        String text = "{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": {\"Type\": \"Pass\", \"End\": true\n";
        Files.writeString(broken, text);

        robot.interact(() -> fixture.window.files().open(broken));
        fixture.awaitOpened("broken.asl.json");

        assertEquals(text, fixture.area(robot).getText());
        List<Diagnostic> problems = problems(robot).getItems();
        assertFalse(problems.isEmpty());
        assertEquals("syntax-error", problems.get(0).code());
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertEquals("Statewise — broken.asl.json", fixture.stage.getTitle());
    }

    @Test
    void aFileChangedElsewhereIsReloadedWhenTheUserAgrees(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        String changed = fixture.original.replace("\"Seconds\": 3", "\"Seconds\": 9");

        Files.writeString(fixture.file(), changed);
        DialogPane dialog = WindowFixture.awaitDialog(robot);
        assertEquals(NAME + " was changed by another program.", dialog.getHeaderText());
        WindowFixture.answer(robot, dialog, Dialogs.RELOAD);

        WindowFixture.await(() -> fixture.area(robot).getText().equals(changed));
        assertFalse(fixture.window.session().dirtyProperty().get());
        assertFalse(fixture.window.session().canUndoProperty().get());
    }

    @Test
    void keepingMyVersionOfAFileChangedElsewhereMarksItUnsaved(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);

        Files.writeString(fixture.file(), fixture.original.replace("\"Seconds\": 3", "\"Seconds\": 9"));
        DialogPane dialog = WindowFixture.awaitDialog(robot);
        WindowFixture.answer(robot, dialog, Dialogs.KEEP);

        assertEquals(fixture.original, fixture.area(robot).getText());
        assertTrue(fixture.window.session().dirtyProperty().get());
        assertEquals("Statewise — *" + NAME, fixture.stage.getTitle());
    }

    @Test
    void newAsksAboutUnsavedChangesAndCancelKeepsThem(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        CodeArea area = fixture.area(robot);
        robot.interact(() -> area.moveTo(fixture.original.indexOf("Says hello")));
        robot.write("Loudly ");
        String typed = area.getText();

        Platform.runLater(() -> fixture.window.actions().run(ActionRegistry.NEW_BLANK));
        DialogPane dialog = WindowFixture.awaitDialog(robot);
        assertEquals("Save changes to " + NAME + "?", dialog.getHeaderText());
        WindowFixture.answer(robot, dialog, ButtonType.CANCEL);
        assertEquals(typed, area.getText());

        Platform.runLater(() -> fixture.window.actions().run(ActionRegistry.NEW_BLANK));
        WindowFixture.answer(robot, WindowFixture.awaitDialog(robot), Dialogs.DONT_SAVE);
        fixture.awaitOpened("blank.asl.json");

        assertTrue(area.getText().contains("\"Type\": \"Pass\""));
        assertEquals(fixture.original, Files.readString(fixture.file()));
        assertFalse(fixture.window.session().dirtyProperty().get());
    }

    @SuppressWarnings("unchecked")
    private static ListView<Diagnostic> problems(FxRobot robot) {
        return robot.lookup("#" + ProblemsView.LIST_ID).queryAs(ListView.class);
    }
}
