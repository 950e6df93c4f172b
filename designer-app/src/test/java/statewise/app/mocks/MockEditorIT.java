package statewise.app.mocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static statewise.app.shell.WindowFixture.await;
import static statewise.app.shell.WindowFixture.awaitDialog;

import java.nio.file.Files;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.actions.ActionRegistry;
import statewise.app.fx.Screenshots;
import statewise.app.shell.WindowFixture;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.suite.CaseOutcome;

/**
 * The mock editor in the window: create a test case from the skeleton, make one response a Throw, expect the
 * failure, save, and run the suite from the debugger; mock one state from the canvas's context action and be asked
 * before unsaved edits are thrown away.
 */
class MockEditorIT {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.text("shop.asl.json", MockEditorViewModelTest.FLOW).size(1280, 800);

    @Test
    void testCaseFromTheSkeletonWithAThrowRunsAsExpected(FxRobot robot) throws Exception {
        MockEditorViewModel model = openEditor(robot, ActionRegistry.EDIT_MOCKS);
        robot.clickOn("#" + MockEditorView.ADD_CASE_ID);
        DialogPane dialog = awaitDialog(robot);
        robot.interact(() -> ((TextField) dialog.lookup(".text-field")).setText("Declined"));
        robot.interact(() -> ((Button) dialog.lookupButton(ButtonType.OK)).fire());
        await(() -> model.testCases().equals(List.of("Declined")));
        assertEquals("Charge", model.stateProperty().get());

        robot.clickOn(cell(robot, "ShipDeclined"));
        TextArea value = robot.lookup("#" + ResponsePane.RETURN_TEXT_ID).queryAs(TextArea.class);
        robot.interact(() -> value.setText("{\"MessageId\": \"m-1\",\n \"MD5OfMessageBody\": }"));
        String problem = robot.lookup("#" + ResponsePane.PROBLEM_ID).queryAs(Label.class).getText();
        assertTrue(problem.startsWith("The Return value is not JSON at line 2, column 22"), problem);
        Screenshots.save(robot, editor(robot).getScene(), "mock-editor-return-problem.png");
        robot.interact(() -> value.setText("{\"MessageId\": \"m-1\"}"));
        assertEquals("", robot.lookup("#" + ResponsePane.PROBLEM_ID).queryAs(Label.class).getText());
        robot.clickOn(cell(robot, "ChargeDeclined"));
        robot.clickOn("#" + ResponsePane.THROW_ID);
        TextField error = robot.lookup("#" + ResponsePane.ERROR_ID).queryAs(TextField.class);
        robot.interact(() -> error.setText("Card.Declined"));
        robot.interact(() -> robot.lookup("#" + ResponsePane.CAUSE_ID).queryAs(TextField.class)
                .setText("The card issuer said no."));
        Screenshots.save(robot, editor(robot).getScene(), "mock-editor-throw.png");
        robot.clickOn(MockEditorView.EXPECTATIONS_TAB);
        robot.interact(() -> {
            robot.lookup("#" + ExpectationPane.STATUS_ID).queryAs(ComboBox.class).getSelectionModel().select(
                    ExecutionStatus.FAILED.name());
            robot.lookup("#" + ExpectationPane.ERROR_ID).queryAs(TextField.class).setText("Card.Declined");
            robot.lookup("#" + ExpectationPane.SKIPS_ID).queryAs(TextField.class).setText("Ship");
        });
        Screenshots.save(robot, editor(robot).getScene(), "mock-editor-expectations.png");
        robot.clickOn("#" + MockEditorView.SAVE_ID);
        await(() -> !model.dirtyProperty().get());
        assertTrue(Files.readString(fixture.folder.resolve("shop.mocks.json"))
                .contains("\"Error\": \"Card.Declined\""));

        robot.interact(() -> {
            editor(robot).close();
            TabPane dock = robot.lookup("#bottom-dock").queryAs(TabPane.class);
            dock.getSelectionModel().select(1);
        });
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#debug-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals("Tests"))
                    .findFirst().orElseThrow());
        });
        robot.clickOn("#debug-run-tests");
        @SuppressWarnings("unchecked")
        ListView<CaseOutcome> outcomes = robot.lookup("#debug-test-outcomes").queryAs(ListView.class);
        await(() -> outcomes.getItems().size() == 1);
        CaseOutcome outcome = outcomes.getItems().get(0);
        assertTrue(outcome.passed(), outcome.failures().toString());
        assertEquals(ExecutionStatus.FAILED, outcome.result().status());
        Screenshots.save(robot, fixture.stage.getScene(), "mock-editor-suite-passed.png");
        assertEquals("shop.mocks.json", fixture.window.debugger().model().options().mockFileProperty().get()
                .getFileName().toString());
    }

    @Test
    void mockThisStateMocksItAndClosingAsksAboutTheEdit(FxRobot robot) throws Exception {
        Files.writeString(fixture.folder.resolve("shop.mocks.json"), """
                {"StateMachines": {"shop": {"TestCases": {"Happy": {"Charge": "Paid"}}}},
                 "MockedResponses": {"Paid": {"0": {"Return": {"Payload": {"ok": true}}}}}}""");
        await(() -> fixture.window.session().document().analysed());
        robot.interact(() -> fixture.window.session().select("/States/Ship", null));

        MockEditorViewModel model = openEditor(robot, ActionRegistry.MOCK_STATE);

        await(() -> model.states().contains(new StateRow("Ship", StateRow.Kind.MOCKED, "ShipHappy")));
        assertEquals("Ship", model.stateProperty().get());
        assertTrue(model.dirtyProperty().get());
        requestClose(robot);
        DialogPane question = awaitDialog(robot);
        assertEquals("Save the mock editor's changes?", question.getHeaderText());
        robot.interact(() -> ((Button) question.lookupButton(ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor(robot).isShowing(), "Cancel keeps the editor open");

        requestClose(robot);
        DialogPane again = awaitDialog(robot);
        robot.interact(() -> ((Button) again.lookupButton(again.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Discard")).findFirst().orElseThrow())).fire());
        await(() -> findEditor() == null || !findEditor().isShowing());
        assertFalse(Files.readString(fixture.folder.resolve("shop.mocks.json")).contains("ShipHappy"));
    }

    /** Asks the editor to close as its title bar's button does; the question it asks runs its own event loop. */
    private void requestClose(FxRobot robot) {
        Stage stage = editor(robot);
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private MockEditorViewModel openEditor(FxRobot robot, String action) throws Exception {
        await(() -> fixture.window.session().document().analysed());
        robot.interact(() -> fixture.window.actions().run(action));
        await(() -> findEditor() != null);
        MockEditorViewModel model = (MockEditorViewModel) editor(robot).getScene().getRoot().getUserData();
        await(() -> model.readyProperty().get());
        return model;
    }

    private Stage editor(FxRobot robot) {
        return (Stage) findEditor();
    }

    /** This test's editor window: earlier tests' windows may still be open. */
    private Window findEditor() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() == fixture.stage
                && w.getScene() != null && MockEditorView.ID.equals(w.getScene().getRoot().getId()))
                .findFirst().orElse(null);
    }

    private static Node cell(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof ListCell<?> c && c.getText() != null
                && c.getText().contains(text)).query();
    }
}
