package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import statewise.app.actions.ActionRegistry;
import statewise.app.files.LayoutSidecar;
import statewise.app.outline.StateRow;
import statewise.app.session.NodePositions;
import statewise.engine.document.Diagnostic;

/**
 * What the issue asks of the window beyond editing: the panes' layout (the editor's share, the problems list hidden)
 * comes back in the next window, File → New offers the starting templates and opens each as new untitled work, and a
 * YAML definition is saved as the YAML the user typed.
 */
class PanesAndTemplatesIT {

    private static final String NAME = "flow.asl.yaml";
    private static final String YAML = """
            # Kept as written
            StartAt: A
            States:
              A:
                Type: Pass
                End: true
            """;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.text(NAME, YAML).remembering();

    @Test
    void theEditorsShareAndAHiddenProblemsListComeBackInTheNextWindow(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        SplitPane columns = columns(fixture.window);
        double editorAt = columns.getDividerPositions()[columns.getDividerPositions().length - 1] - 0.1;
        robot.interact(() -> columns.setDividerPositions(columns.getDividerPositions()[0], editorAt));
        robot.interact(() -> fixture.window.actions().run(ActionRegistry.TOGGLE_PROBLEMS));
        assertEquals(1, rows(fixture.window).getItems().size(), "the problems list is hidden");

        robot.interact(() -> assertTrue(fixture.window.requestClose()));
        MainWindow next = fixture.openNext(robot, fixture.file());

        SplitPane nextColumns = columns(next);
        assertEquals(editorAt, nextColumns.getDividerPositions()[nextColumns.getDividerPositions().length - 1], 0.01);
        assertEquals(1, rows(next).getItems().size(), "the problems list stays hidden");
        robot.interact(() -> next.actions().run(ActionRegistry.RESET_LAYOUT));
        assertEquals(2, rows(next).getItems().size(), "View → Reset Layout shows it again");
        robot.interact(() -> next.stage().close());
    }

    @Test
    void fileNewOffersTheTemplatesAndOpensEachAsNewValidWork(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        Menu file = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        Menu newMenu = (Menu) file.getItems().get(0);
        assertEquals(List.of(ActionRegistry.NEW_BLANK, ActionRegistry.NEW_HELLO, ActionRegistry.NEW_ORDER),
                newMenu.getItems().stream().map(MenuItem::getId).toList());

        robot.interact(() -> newMenu.getItems().get(2).fire());
        fixture.awaitOpened("order-processing.asl.json");

        assertNull(fixture.window.session().fileProperty().get(), "untitled: Save asks where");
        assertFalse(fixture.window.session().dirtyProperty().get());
        assertEquals(14, fixture.window.outline().rows().size());
        assertEquals(List.of(), fixture.window.session().document().diagnostics().stream()
                .filter(Diagnostic::isError).toList());
        WindowFixture.await(() -> fixture.window.canvas().idle()
                && fixture.window.canvas().layout().node("/States/ValidateOrder") != null);

        robot.interact(() -> newMenu.getItems().get(1).fire());
        fixture.awaitOpened("hello-world.asl.json");
        assertEquals(List.of("SayHello", "ShouldWait", "WaitAMoment", "Done"),
                fixture.window.outline().rows().stream().map(StateRow::name).toList());
    }

    @Test
    void aYamlDefinitionIsSavedAsTheYamlTyped(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        CodeArea area = fixture.area(robot);
        robot.interact(() -> area.insertText(YAML.indexOf("    End: true"), "    Comment: first\n"));
        fixture.awaitAnalysed();
        robot.interact(() -> fixture.window.session().movePositions(Map.of("/States/A",
                new NodePositions.Position(10, 20)), "Move state 'A'", null));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        String expected = YAML.replace("    End: true", "    Comment: first\n    End: true");
        assertEquals(expected, Files.readString(fixture.file()));
        Path layout = LayoutSidecar.pathFor(fixture.file());
        assertEquals("flow.asl.layout.json", layout.getFileName().toString());
        assertTrue(Files.readString(layout).contains("/States/A"));
        assertEquals("Statewise — " + NAME, fixture.stage.getTitle());
    }

    private static SplitPane columns(MainWindow window) {
        return (SplitPane) window.stage().getScene().lookup(".main-columns");
    }

    private static SplitPane rows(MainWindow window) {
        return (SplitPane) window.stage().getScene().lookup(".main-rows");
    }
}
