package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.problems.ProblemsView;
import statewise.engine.document.Diagnostic;

/**
 * The canvas and the editor as two views of one selection and one history: a node clicked shows its text, the caret
 * moved into a state selects its node, a problem picked selects both, a rename in place is one Ctrl+Z step, and
 * while the text does not parse the canvas refuses structural edits with the reason in the status bar.
 */
class CanvasSyncIT {

    private static final String FLOW = CanvasDriver.THREE_STATES;

    @RegisterExtension
    final CanvasDriver ui = CanvasDriver.opening(FLOW);

    @Test
    void aClickedNodeSelectsItsNameInTheEditorAndTheCaretInAStateSelectsItsNode(FxRobot robot) throws Exception {
        CodeArea area = ui.window.editor().area();

        robot.clickOn(ui.screen(ui.centre("/States/B")));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("\"B\"", area.getSelectedText());
        assertEquals(FLOW.indexOf("\"B\": {"), area.getSelection().getStart());
        assertSelectedOnCanvas("/States/B");

        robot.interact(() -> area.moveTo(FLOW.indexOf("\"Succeed\"")));

        assertEquals("/States/C", ui.window.session().selectionProperty().get().pointer());
        assertSelectedOnCanvas("/States/C");
    }

    @Test
    void aProblemPickedInTheListSelectsItsStateOnTheCanvas(FxRobot robot) throws Exception {
        CodeArea area = ui.window.editor().area();
        int target = FLOW.indexOf("\"Next\": \"C\"") + "\"Next\": \"".length();
        robot.interact(() -> area.replaceText(target, target + 1, "Nowhere"));
        ListView<Diagnostic> problems = problems(robot);
        CanvasDriver.await(() -> problems.getItems().stream().anyMatch(d -> d.pointer().startsWith("/States/B")));
        ui.awaitDrawn();
        Diagnostic missing = problems.getItems().stream().filter(d -> d.pointer().startsWith("/States/B"))
                .findFirst().orElseThrow();

        robot.interact(() -> problems.getSelectionModel().select(missing));

        assertSelectedOnCanvas("/States/B");
        assertEquals(missing.span().startOffset(), area.getSelection().getStart());
    }

    @Test
    void renamingInPlaceIsOneStepThatCtrlZTakesBackInBothViews(FxRobot robot) throws Exception {
        robot.clickOn(ui.screen(ui.centre("/States/B")));
        robot.type(KeyCode.F2);
        TextField field = robot.lookup("#" + RenameField.ID).queryAs(TextField.class);
        CanvasDriver.await(field::isFocused);
        robot.interact(() -> field.setText("Checkout"));
        robot.type(KeyCode.ENTER);
        CanvasDriver.await(() -> ui.states().containsKey("Checkout"));
        ui.awaitDrawn();
        assertEquals("Rename state 'B' to 'Checkout'", ui.window.session().undoLabelProperty().get());
        assertEquals(ui.text(), ui.window.editor().area().getText());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        CanvasDriver.await(() -> ui.states().containsKey("B"));
        ui.awaitDrawn();

        assertEquals(FLOW, ui.text());
        assertEquals(FLOW, ui.window.editor().area().getText());
        assertNotNull(ui.canvas.layout().node("/States/B"));
        assertNull(ui.canvas.layout().node("/States/Checkout"));
        assertFalse(ui.window.session().canUndoProperty().get());
    }

    @Test
    void whileTheTextDoesNotParseDeletingOnTheCanvasIsRefusedWithTheReason(FxRobot robot) throws Exception {
        CodeArea area = ui.window.editor().area();
        robot.interact(() -> area.insertText(0, "{"));
        CanvasDriver.await(() -> ui.window.session().document().analysed()
                && ui.window.session().document().stale());
        String broken = ui.text();

        robot.clickOn(ui.screen(ui.centre("/States/B")));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(CanvasViewModel.NOT_PARSED, ui.note(robot));
        assertEquals(broken, ui.text());
        assertEquals(broken, area.getText());
        assertNotNull(ui.canvas.layout().node("/States/B"), "the last good diagram stays");
        assertEquals("Typing", ui.window.session().undoLabelProperty().get(), "no step was added");
    }

    private void assertSelectedOnCanvas(String pointer) {
        assertEquals(List.of(pointer), ui.canvas.selectedIds());
        NodeView view = ui.canvas.diagram().view(pointer);
        assertNotNull(view, pointer + " has a view");
        assertTrue(view.node().getPseudoClassStates().contains(NodeView.SELECTED), pointer + " is drawn selected");
    }

    @SuppressWarnings("unchecked")
    private static ListView<Diagnostic> problems(FxRobot robot) {
        return robot.lookup("#" + ProblemsView.LIST_ID).queryAs(ListView.class);
    }
}
