package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import statewise.app.outline.StateOutlineView;
import statewise.app.outline.StateRow;

/** The main window as a first-time user meets it: the sample open, its states listed, its verdict shown. */
class MainWindowIT {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    @Test
    void opensTheSampleWithItsTitleStatesAndVerdict(FxRobot robot) throws Exception {
        fixture.awaitOpened("order-processing.asl.json");

        assertEquals("Statewise — order-processing.asl.json", fixture.stage.getTitle());
        List<StateRow> rows = stateList(robot).getItems();
        assertEquals(14, rows.size());
        assertEquals(new StateRow("ValidateOrder", "Task", 0, "/States/ValidateOrder"), rows.get(0));
        assertEquals(new StateRow("ReserveItem", "Task", 2,
                "/States/ProcessOrder/Branches/1/States/ReserveInventory/ItemProcessor/States/ReserveItem"),
                rows.stream().filter(r -> r.name().equals("ReserveItem")).findFirst().orElseThrow());
        assertEquals("No problems · 14 states", robot.lookup("#" + StatusBar.TEXT_ID).queryAs(Label.class).getText());
        WindowFixture.save(robot, fixture.stage.getScene(), "main-window.png");
    }

    @Test
    void choosingAStateSelectsItsNameInTheText(FxRobot robot) throws Exception {
        fixture.awaitOpened("order-processing.asl.json");
        ListView<StateRow> list = stateList(robot);

        robot.interact(() -> list.getSelectionModel().select(5));

        CodeArea area = fixture.area(robot);
        assertEquals("\"" + list.getItems().get(5).name() + "\"", area.getSelectedText());
        assertEquals(list.getItems().get(5).pointer(), fixture.window.session().selectionProperty().get().pointer());
    }

    @Test
    void anUnreadableFileShowsADialogAndKeepsTheOpenDefinition(FxRobot robot) throws Exception {
        fixture.awaitOpened("order-processing.asl.json");
        Path missing = fixture.newFolder("statewise-it").resolve("missing.asl.json");

        robot.interact(() -> fixture.window.files().open(missing));
        DialogPane dialog = WindowFixture.awaitDialog(robot);

        assertEquals("Cannot open missing.asl.json", dialog.getHeaderText());
        assertEquals("No such file.\n\n" + missing.toAbsolutePath(), dialog.getContentText());
        assertEquals("Statewise — order-processing.asl.json", fixture.stage.getTitle());
        WindowFixture.save(robot, dialog.getScene(), "open-failed.png");
    }

    @Test
    void everyToolbarActionIsRegisteredWithAnIcon(FxRobot robot) throws Exception {
        fixture.awaitOpened("order-processing.asl.json");

        assertTrue(robot.lookup(".tool-button").queryAll().size() >= 10);
        assertTrue(fixture.window.actions().get("edit.undo").icon() != null);
    }

    @SuppressWarnings("unchecked")
    private static ListView<StateRow> stateList(FxRobot robot) {
        return robot.lookup("#" + StateOutlineView.LIST_ID).queryAs(ListView.class);
    }
}
