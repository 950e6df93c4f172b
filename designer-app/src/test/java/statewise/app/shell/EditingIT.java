package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import statewise.app.editor.complete.CompletionEngine.Completion;
import statewise.app.outline.GoToStateDialog;
import statewise.app.outline.StateOutlineView;
import statewise.app.outline.StateRow;
import statewise.app.problems.ProblemsView;
import statewise.app.session.DocumentSession;
import statewise.app.session.TextPatch;
import statewise.engine.document.Diagnostic;

/**
 * The editor as one view of the session: typing reaches the outline and the problems after the pause, a broken text
 * keeps the last good states, one Ctrl+Z history serves every view, and find/replace, completion, Ctrl+click and
 * Go to State work with the keyboard and mouse as a user drives them.
 */
class EditingIT {

    private static final String NAME = "hello-world.asl.json";

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.template(NAME);

    @Test
    void renamingAStateByTypingUpdatesTheOutlineAndTheProblems(FxRobot robot) throws Exception {
        CodeArea area = renameDoneByTyping(robot);

        assertEquals(List.of("SayHello", "ShouldWait", "WaitAMoment", "Finish"), names());
        List<Diagnostic> problems = problems(robot).getItems();
        assertEquals(List.of("endless-loop", "endless-loop", "missing-transition-target", "endless-loop",
                "missing-transition-target", "unreferenced-state"), problems.stream().map(Diagnostic::code).toList());
        assertEquals("Statewise — *" + NAME, fixture.stage.getTitle());
        assertTrue(statusText(robot).startsWith("3 errors, 3 warnings"), statusText(robot));

        robot.interact(() -> problems(robot).getSelectionModel().select(problems.get(2)));
        assertEquals("/States/ShouldWait", fixture.window.session().selectionProperty().get().pointer());
        assertEquals("\"Done\"", area.getSelectedText());
        assertEquals(problems.get(2).span().startOffset(), area.getSelection().getStart());
    }

    @Test
    void aLineTypedAboveTheProblemsKeepsTheChosenOneSelected(FxRobot robot) throws Exception {
        CodeArea area = renameDoneByTyping(robot);
        ListView<Diagnostic> problems = problems(robot);
        assertEquals(6, problems.getItems().size());
        robot.interact(() -> problems.getSelectionModel().select(2));
        int line = problems.getItems().get(2).span().startLine();

        robot.interact(() -> area.insertText(0, "\n"));
        WindowFixture.await(() -> problems.getItems().get(2).span().startLine() == line + 1);

        assertEquals(2, problems.getSelectionModel().getSelectedIndex());
        assertEquals(problems.getItems().get(2), problems.getSelectionModel().getSelectedItem());
    }

    @Test
    void typingIsOneUndoStepThatEveryViewFollows(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        CodeArea area = fixture.area(robot);
        int key = fixture.original.indexOf("\"Done\": {") + 1;
        robot.interact(() -> {
            area.selectRange(key, key + "Done".length());
            typeQuickly(area, "Finish");
        });
        WindowFixture.await(() -> names().contains("Finish"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WindowFixture.await(() -> names().contains("Done"));

        assertEquals(fixture.original, area.getText());
        assertEquals(List.of(), problems(robot).getItems());
        assertEquals("Statewise — " + NAME, fixture.stage.getTitle());

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WindowFixture.await(() -> names().contains("Finish"));
        assertEquals(fixture.original.replace("\"Done\": {", "\"Finish\": {"), area.getText());
    }

    @Test
    void aTextThatDoesNotParseKeepsTheLastStatesMarkedStale(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        CodeArea area = fixture.area(robot);
        DocumentSession session = fixture.window.session();
        int afterStates = fixture.original.indexOf("\"States\": {") + "\"States\": {".length();
        robot.interact(() -> {
            area.moveTo(afterStates);
            typeQuickly(area, "{{");
        });
        WindowFixture.await(() -> session.document().analysed() && session.document().stale());

        Node note = robot.lookup("#" + StateOutlineView.STALE_ID).query();
        assertTrue(note.isVisible());
        assertEquals(4, names().size());
        assertTrue(problems(robot).getItems().stream().anyMatch(d -> d.code().equals("syntax-error")));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WindowFixture.await(() -> session.document().analysed() && !session.document().stale());
        assertFalse(note.isVisible());
        assertEquals(fixture.original, area.getText());
    }

    @Test
    void aModelEditKeepsTheCaretAndUndoesFromAnotherView(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        CodeArea area = fixture.area(robot);
        DocumentSession session = fixture.window.session();
        int caret = fixture.original.indexOf("\"Done\": {");
        robot.interact(() -> area.moveTo(caret));
        String edited = fixture.original.replace("\"Seconds\": 3,", "\"Seconds\": 30,");
        Object canvas = new Object();

        robot.interact(() -> session.apply(TextPatch.between(fixture.original, edited, "Set Seconds",
                Set.of("/States/WaitAMoment")), canvas));

        assertEquals(edited, area.getText());
        assertEquals(caret + 1, area.getCaretPosition());
        assertEquals("Set Seconds", session.undoLabelProperty().get());

        robot.clickOn("#" + StateOutlineView.LIST_ID);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(fixture.original, area.getText());
        assertFalse(session.dirtyProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(edited, area.getText());
    }

    @Test
    void replaceAllIsOneStepAndTheModelFollows(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        CodeArea area = fixture.area(robot);
        robot.clickOn(area);

        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        robot.write("Done");
        assertEquals("3 found", robot.lookup("#find-count").queryAs(Label.class).getText());
        robot.clickOn("#replace-field").write("Finished");
        robot.clickOn(robot.lookup(".button").match(node -> "Replace all".equals(((Button) node).getText()))
                .queryButton());
        WindowFixture.await(() -> names().contains("Finished"));

        assertEquals(fixture.original.replace("Done", "Finished"), area.getText());
        assertEquals("Replaced 3", robot.lookup("#find-count").queryAs(Label.class).getText());
        assertEquals(List.of(), problems(robot).getItems());

        robot.interact(() -> fixture.window.actions().run("edit.undo"));
        assertEquals(fixture.original, area.getText());
    }

    @Test
    void completionOffersTheStatesForNextAndInsertsTheChoice(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        CodeArea area = fixture.area(robot);
        String next = "\"Seconds\": 3,\n      \"Next\": \"";
        int value = fixture.original.indexOf(next) + next.length();
        robot.interact(() -> area.selectRange(value, value + "Done".length()));
        robot.type(KeyCode.BACK_SPACE);

        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        ListView<Completion> list = completionList(robot);
        assertEquals(List.of("SayHello", "ShouldWait", "WaitAMoment", "Done"),
                list.getItems().stream().map(Completion::label).toList());

        robot.write("D");
        assertEquals("Done", list.getItems().get(0).label());
        robot.type(KeyCode.ENTER);

        assertEquals(fixture.original, area.getText());
        assertFalse(list.getScene().getWindow().isShowing());
    }

    @Test
    void ctrlClickOnAReferenceGoesToTheState(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        CodeArea area = fixture.area(robot);
        int reference = fixture.original.indexOf("\"Default\": \"Done\"") + "\"Default\": \"D".length();
        robot.interact(() -> area.showParagraphAtCenter(area.offsetToPosition(reference, Bias.Forward).getMajor()));
        Bounds[] bounds = new Bounds[1];
        robot.interact(() -> bounds[0] = area.getCharacterBoundsOnScreen(reference, reference + 1).orElseThrow());

        robot.press(KeyCode.CONTROL).clickOn(new Point2D(bounds[0].getCenterX(), bounds[0].getCenterY()))
                .release(KeyCode.CONTROL);

        assertEquals("/States/Done", fixture.window.session().selectionProperty().get().pointer());
        assertEquals("\"Done\"", area.getSelectedText());
        assertEquals(fixture.original.indexOf("\"Done\": {") + "\"Done\"".length(), area.getCaretPosition());
    }

    @Test
    void goToStateNarrowsByNameAndSelectsTheState(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        robot.clickOn(fixture.area(robot));

        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        WindowFixture.await(() -> robot.lookup("#" + GoToStateDialog.FILTER_ID).tryQuery().isPresent());
        robot.clickOn("#" + GoToStateDialog.FILTER_ID).write("wait");
        robot.type(KeyCode.ENTER);

        assertEquals("/States/WaitAMoment", fixture.window.session().selectionProperty().get().pointer());
        assertEquals("\"WaitAMoment\"", fixture.area(robot).getSelectedText());
        assertEquals("WaitAMoment", stateList(robot).getSelectionModel().getSelectedItem().name());
    }

    /** Types Finish over the name of the state Done, as the user would, which leaves six problems; the editor. */
    private CodeArea renameDoneByTyping(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        CodeArea area = fixture.area(robot);
        int key = fixture.original.indexOf("\"Done\": {") + 1;
        robot.interact(() -> area.selectRange(key, key + "Done".length()));
        robot.write("Finish");
        WindowFixture.await(() -> names().contains("Finish"));
        return area;
    }

    /**
     * Types {@code text} letter by letter the way the code area takes keys, within one turn of the FX thread: the
     * robot's own typing waits after each key, and on a busy machine those waits pass the pause that ends a step.
     */
    private static void typeQuickly(CodeArea area, String text) {
        for (char letter : text.toCharArray()) {
            area.replaceSelection(String.valueOf(letter));
        }
    }

    private List<String> names() {
        return fixture.window.outline().rows().stream().map(StateRow::name).toList();
    }

    private String statusText(FxRobot robot) {
        return robot.lookup("#" + StatusBar.TEXT_ID).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Diagnostic> problems(FxRobot robot) {
        return robot.lookup("#" + ProblemsView.LIST_ID).queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<StateRow> stateList(FxRobot robot) {
        return robot.lookup("#" + StateOutlineView.LIST_ID).queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<Completion> completionList(FxRobot robot) {
        return robot.lookup("#completion-list").queryAs(ListView.class);
    }
}
