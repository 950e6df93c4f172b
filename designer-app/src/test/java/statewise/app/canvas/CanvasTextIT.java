package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Canvas edits reach the text as minimal changes: on a YAML definition the user's comments, key order and layout
 * stay, only what the edit names changes, and the lines the editor shows stay in view.
 */
class CanvasTextIT {

    private static final int STATES = 40;
    private static final String FLOW = yaml();

    @RegisterExtension
    final CanvasDriver ui = CanvasDriver.opening("flow.asl.yaml", FLOW);

    @Test
    void renamingOnTheCanvasChangesOnlyTheNamesAndKeepsTheYamlComments(FxRobot robot) throws Exception {
        robot.clickOn(ui.screen(ui.centre("/States/S1")));
        robot.type(KeyCode.F2);
        TextField field = robot.lookup("#" + RenameField.ID).queryAs(TextField.class);
        CanvasDriver.await(field::isFocused);
        robot.interact(() -> field.setText("Charge"));
        robot.type(KeyCode.ENTER);
        CanvasDriver.await(() -> ui.states().containsKey("Charge"));
        ui.awaitDrawn();

        String expected = FLOW.replace("\n  S1:  # step 1\n", "\n  Charge:  # step 1\n")
                .replace("Next: S1  # then\n", "Next: Charge  # then\n");
        assertEquals(expected, ui.text());
        assertEquals(expected, ui.window.editor().area().getText());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        CanvasDriver.await(() -> ui.states().containsKey("S1"));
        assertEquals(FLOW, ui.window.editor().area().getText());
    }

    @Test
    void deletingAStateAboveTheShownLinesKeepsThemInView(FxRobot robot) throws Exception {
        CodeArea area = ui.window.editor().area();
        robot.clickOn(ui.screen(ui.centre("/States/S2")));
        int s30 = area.offsetToPosition(FLOW.indexOf("  S30:"), Bias.Forward).getMajor();
        robot.interact(() -> area.showParagraphAtTop(s30));
        CanvasDriver.await(() -> area.firstVisibleParToAllParIndex() == s30);

        robot.type(KeyCode.DELETE);
        CanvasDriver.await(() -> !ui.states().containsKey("S2"));
        ui.awaitDrawn();

        assertFalse(ui.text().contains("  S2:"), ui.text());
        assertTrue(ui.text().contains("  S1:  # step 1\n    Type: Pass\n    Next: S3"),
                "S1 goes on to S3: " + ui.text());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("  S30:  # step 30", area.getParagraph(area.firstVisibleParToAllParIndex()).getText());
    }

    @Test
    void clickingAStateFarDownTheDiagramScrollsTheEditorToItsName(FxRobot robot) throws Exception {
        CodeArea area = ui.window.editor().area();
        int name = FLOW.indexOf("  S35:") + 2;
        int line = area.offsetToPosition(name, Bias.Forward).getMajor();
        assertTrue(line > area.lastVisibleParToAllParIndex(), "not in view at first");
        robot.interact(() -> ui.canvas.reveal(ui.node("/States/S35")));
        ui.awaitDrawn();

        robot.clickOn(ui.screen(ui.centre("/States/S35")));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("S35", area.getSelectedText());
        assertEquals(name, area.getSelection().getStart());
        CanvasDriver.await(() -> line >= area.firstVisibleParToAllParIndex()
                && line <= area.lastVisibleParToAllParIndex());
    }

    /** {@value #STATES} states in a chain, in YAML with a comment after every name and every Next. */
    private static String yaml() {
        StringBuilder text = new StringBuilder("# Orders, written by hand\nComment: a chain\nStartAt: S0\nStates:\n");
        for (int i = 0; i < STATES; i++) {
            text.append("  S").append(i).append(":  # step ").append(i).append('\n');
            if (i < STATES - 1) {
                text.append("    Type: Pass\n    Next: S").append(i + 1).append("  # then\n");
            } else {
                text.append("    Type: Succeed\n");
            }
        }
        return text.toString();
    }
}
