package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import statewise.app.actions.ActionRegistry;
import statewise.app.fx.LazyTips;
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
    void selectingAStateWhoseRowIsInViewLeavesTheOutlineWhereItIs(FxRobot robot) throws Exception {
        fixture.awaitOpened("order-processing.asl.json");
        ListView<StateRow> list = stateList(robot);
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        WindowFixture.await(() -> flow.getLastVisibleCell() != null && flow.getLastVisibleCell().getIndex() > 6);
        int top = flow.getFirstVisibleCell().getIndex();

        robot.interact(() -> fixture.window.session().select(list.getItems().get(6).pointer(), null));

        assertEquals(6, list.getSelectionModel().getSelectedIndex());
        assertEquals(top, flow.getFirstVisibleCell().getIndex(), "the row was in view, so the list did not scroll");
        robot.interact(() -> fixture.window.session().select(list.getItems().get(13).pointer(), null));
        WindowFixture.await(() -> flow.getLastVisibleCell().getIndex() == 13);
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

    @Test
    void aToolbarButtonMakesItsTooltipWhenThePointerFirstRestsOnIt(FxRobot robot) throws Exception {
        fixture.awaitOpened("order-processing.asl.json");
        Button save = robot.lookup(".tool-button").match(hasId("tool-" + ActionRegistry.SAVE)).queryAs(Button.class);
        String text = LazyTips.text(save);
        assertNull(save.getTooltip(), "no tooltip before the pointer came");

        robot.moveTo(save);
        WindowFixture.await(() -> shownTooltip() != null);

        assertEquals(text, shownTooltip().getText());
        assertTrue(text != null && text.startsWith("Save ("), text);
        assertSame(shownTooltip(), save.getTooltip());
    }

    @Test
    void menuItemsMakeTheirIconsWhenTheirMenuFirstOpens(FxRobot robot) throws Exception {
        fixture.awaitOpened("order-processing.asl.json");
        Menu file = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        MenuItem open = file.getItems().stream().filter(item -> ActionRegistry.OPEN.equals(item.getId()))
                .findFirst().orElseThrow();
        assertNull(open.getGraphic(), "no icon before the menu opened");

        robot.interact(file::show);
        robot.interact(file::hide);
        ContextMenu[] popup = new ContextMenu[1];
        robot.interact(() -> {
            popup[0] = new ContextMenu(fixture.window.actions().menuItem(ActionRegistry.SAVE));
            popup[0].show(fixture.stage);
        });
        robot.interact(popup[0]::hide);

        assertInstanceOf(FontIcon.class, open.getGraphic());
        assertInstanceOf(FontIcon.class, popup[0].getItems().get(0).getGraphic());
    }

    private static Predicate<Node> hasId(String id) {
        return node -> id.equals(node.getId());
    }

    private static @Nullable Tooltip shownTooltip() {
        for (Window window : Window.getWindows()) {
            if (window instanceof Tooltip tip && tip.isShowing()) {
                return tip;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static ListView<StateRow> stateList(FxRobot robot) {
        return robot.lookup("#" + StateOutlineView.LIST_ID).queryAs(ListView.class);
    }
}
