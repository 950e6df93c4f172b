package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.actions.ActionRegistry;
import statewise.app.canvas.CanvasView;
import statewise.app.prefs.SettingsStore;

/** Folding the canvas's minimap away is remembered: the next window opens with it folded. */
class MinimapMemoryIT {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.template("hello-world.asl.json").remembering();

    @Test
    void aFoldedMinimapStaysFoldedInTheNextWindow(FxRobot robot) throws Exception {
        fixture.awaitOpened("hello-world.asl.json");
        for (int i = 0; i < 8; i++) {
            robot.interact(() -> fixture.window.actions().run(ActionRegistry.ZOOM_IN));
        }
        WindowFixture.await(() -> robot.lookup("#" + CanvasView.MINIMAP_TOGGLE_ID).query().isVisible());
        assertFalse(fixture.window.canvas().minimapFoldedProperty().get());

        robot.clickOn("#" + CanvasView.MINIMAP_TOGGLE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(fixture.window.canvas().minimapFoldedProperty().get());
        assertTrue(new SettingsStore(fixture.settingsFile()).load().minimapFolded());
        robot.interact(() -> fixture.stage.close());
        MainWindow next = fixture.openNext(robot, fixture.copyOfTemplate("hello-world.asl.json"));

        assertTrue(next.canvas().minimapFoldedProperty().get(), "the next window opens it folded");
        robot.interact(() -> next.stage().close());
    }
}
