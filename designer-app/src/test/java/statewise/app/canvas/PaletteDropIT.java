package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import statewise.app.actions.ActionRegistry;
import statewise.engine.model.ParallelState;
import statewise.layout.Box;
import statewise.layout.Point;

/** Where states dragged from the palette go: pinned where dropped on empty canvas, laid out inside a branch. */
class PaletteDropIT {

    private static final String FLOW = """
            {
              "StartAt": "Fan",
              "States": {
                "Fan": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Left", "States": {"Left": {"Type": "Pass", "End": true}}},
                  {"StartAt": "Right", "States": {"Right": {"Type": "Pass", "End": true}}}]}
              }
            }
            """;

    private static final String BRANCH = "/States/Fan/Branches/0";

    @RegisterExtension
    final CanvasDriver ui = CanvasDriver.opening(FLOW);

    @Test
    void aStateDroppedIntoABranchIsLaidOutThereNotPinnedOverItsTitle(FxRobot robot) throws Exception {
        robot.interact(() -> ui.window.actions().run(ActionRegistry.FIT));
        Box branch = ui.node(BRANCH).box();

        robot.drag("#palette-wait").dropTo(ui.screen(new Point(branch.centerX(), branch.y() + 12)));
        ui.awaitDrawn();

        ParallelState fan = (ParallelState) ui.states().get("Fan");
        assertTrue(fan.branches().get(0).states().containsKey("Wait"), ui.text());
        String wait = BRANCH + "/States/Wait";
        assertNull(ui.window.session().document().positions().get(wait), "no pin inside a branch");
        Box placed = ui.node(wait).box();
        Box title = ui.node(BRANCH).titleBox();
        assertTrue(placed.y() >= title.bottom(), "below the branch's title strip: " + placed + " " + title);
        assertTrue(ui.node(BRANCH).box().contains(placed), "inside the branch");
    }

    @Test
    void aStateDroppedOnEmptyCanvasIsPinnedWhereItLanded(FxRobot robot) throws Exception {
        robot.interact(() -> {
            ui.window.actions().run(ActionRegistry.FIT);
            ui.window.actions().run(ActionRegistry.ZOOM_OUT);
            ui.window.actions().run(ActionRegistry.ZOOM_OUT);
        });
        Box shown = ui.canvas.viewportProperty().get().visible(ui.canvas.node().getWidth(),
                ui.canvas.node().getHeight());
        double right = ui.canvas.layout().size().width();
        Point spot = new Point((right + shown.right()) / 2, ui.canvas.layout().size().height() / 2);
        assertTrue(spot.x() > right + 40, "room right of the diagram: " + shown);

        robot.drag("#palette-wait").dropTo(ui.screen(spot));
        ui.awaitDrawn();

        assertNotNull(ui.states().get("Wait"), ui.text());
        assertEquals(Math.round(spot.x() - 60), Math.round(ui.window.session().document().positions()
                .get("/States/Wait").x()));
    }
}
