package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.actions.ActionRegistry;
import statewise.app.editor.complete.CompletionEngine.Completion;
import statewise.app.inspector.Integration;
import statewise.app.inspector.InspectorView;
import statewise.app.session.DocumentSession;

/**
 * The inspector in the window: selecting a state shows its form, each form edit is one undo step reflected in the
 * text at once, the Choice rule builder edits rules, and the data-flow preview shows the engine's stages. Saves
 * screenshots of the inspector for a Task and a Choice.
 */
class InspectorIT {

    private static final String NAME = "order-processing.asl.json";

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.template(NAME);

    @Test
    void editingTaskFieldsChangesTheTextAsOneUndoStepEach(FxRobot robot) throws Exception {
        select(robot, "/States/ValidateOrder", "ValidateOrder");
        WindowFixture.save(robot, fixture.stage.getScene(), "inspector-task.png");
        DocumentSession session = fixture.window.session();

        commit(robot, robot.lookup("#inspector-field-TimeoutSeconds").queryAs(TextField.class), "30");
        assertTrue(session.document().text().contains("\"TimeoutSeconds\": 30"), session.document().text());
        assertEquals("Set TimeoutSeconds of 'ValidateOrder'", session.undoLabelProperty().get());

        robot.interact(() -> robot.lookup("#" + InspectorView.INTEGRATION_ID).queryAs(ComboBox.class)
                .setValue(Integration.ALL.get(2)));
        String text = session.document().text();
        assertTrue(text.contains("\"Resource\": \"arn:aws:states:::sns:publish\""), text);
        assertTrue(text.contains("\"FunctionName\": \"arn:aws:lambda:us-east-1:123456789012:function:validate-order\""),
                "a request the user wrote stays: " + text);

        robot.interact(session::undo);
        robot.interact(session::undo);
        assertEquals(fixture.original, session.document().text());
    }

    @Test
    void typingAFieldInTheEditorUpdatesTheFormInPlace(FxRobot robot) throws Exception {
        select(robot, "/States/ValidateOrder", "ValidateOrder");
        TextField comment = robot.lookup("#inspector-field-Comment").queryAs(TextField.class);
        TextField timeout = robot.lookup("#inspector-field-TimeoutSeconds").queryAs(TextField.class);
        String text = fixture.window.session().document().text();
        int at = text.indexOf("\"Type\": \"Task\"", text.indexOf("\"ValidateOrder\": {"));

        robot.interact(() -> fixture.window.editor().area().insertText(at, "\"Comment\": \"checks it\", "));
        fixture.awaitAnalysed();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("checks it", comment.getText());
        assertSame(comment, robot.lookup("#inspector-field-Comment").queryAs(TextField.class));
        assertSame(timeout, robot.lookup("#inspector-field-TimeoutSeconds").queryAs(TextField.class));
        robot.interact(() -> comment.fireEvent(new ActionEvent()));
        assertEquals("Typing", fixture.window.session().undoLabelProperty().get());
    }

    @Test
    void stateBoxesDoNotWidenToTheLongestStateName(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        String wide = "W".repeat(80);
        robot.interact(() -> fixture.window.editor().area()
                .replaceText(fixture.original.replace("CheckOrderTotal", wide)));
        fixture.awaitAnalysed();
        select(robot, "/States/ValidateOrder", "ValidateOrder");

        ComboBox<String> next = comboBox(robot, "#" + InspectorView.NEXT_ID);
        assertEquals(wide, next.getValue());
        double width = WaitForAsyncUtils.asyncFx(() -> next.prefWidth(-1)).get();
        assertTrue(width < 400, "measuring every state name would make the box " + width + " px wide");
    }

    @Test
    void renamingInTheInspectorRewritesReferencesAndKeepsTheSelection(FxRobot robot) throws Exception {
        select(robot, "/States/CheckOrderTotal", "CheckOrderTotal");

        commit(robot, robot.lookup("#" + InspectorView.NAME_ID).queryAs(TextField.class), "CheckTotal");

        String text = fixture.window.session().document().text();
        assertTrue(text.contains("\"Next\": \"CheckTotal\""), text);
        assertEquals("/States/CheckTotal", fixture.window.session().selectionProperty().get().pointer());
    }

    @Test
    void choiceRuleBuilderAddsAndEditsRules(FxRobot robot) throws Exception {
        select(robot, "/States/CheckOrderTotal", "CheckOrderTotal");
        WindowFixture.save(robot, fixture.stage.getScene(), "inspector-choice.png");
        DocumentSession session = fixture.window.session();

        robot.interact(() -> robot.lookup("#inspector-add-rule").queryAs(Button.class).fire());
        WindowFixture.await(() -> robot.lookup("#inspector-field-Choices-1-Variable").tryQuery().isPresent());
        commit(robot, robot.lookup("#inspector-field-Choices-1-Variable").queryAs(TextField.class),
                "$.customer.tier");
        robot.interact(() -> comboBox(robot, "#inspector-field-Choices-1-operator").setValue("StringEqualsPath"));
        commit(robot, robot.lookup("#inspector-field-Choices-1-StringEqualsPath").queryAs(TextField.class),
                "$.goldTier");

        String text = session.document().text();
        assertTrue(text.contains("\"Variable\": \"$.customer.tier\""), text);
        assertTrue(text.contains("\"StringEqualsPath\": \"$.goldTier\""), text);
        assertTrue(!text.contains("\"StringEquals\": "), text);
        WindowFixture.save(robot, fixture.stage.getScene(), "inspector-choice-rules.png");
    }

    @Test
    void previewShowsEachStageComputedByTheEngine(FxRobot robot) throws Exception {
        select(robot, "/States/ValidateOrder", "ValidateOrder");
        robot.interact(() -> robot.lookup("#preview-result").queryAs(TextArea.class)
                .setText("{\"Payload\": {\"total\": 250}}"));
        robot.interact(() -> robot.lookup("#preview-input").queryAs(TextArea.class).setText("{\"id\": \"o-1\"}"));

        WindowFixture.await(() -> robot.lookup("#preview-output").tryQuery().isPresent()
                && robot.lookup("#preview-output").queryAs(Label.class).getText().contains("250")
                && robot.lookup("#preview-output").queryAs(Label.class).getText().contains("o-1"));

        assertEquals("{\n  \"FunctionName\" : \"arn:aws:lambda:us-east-1:123456789012:function:validate-order\",\n"
                + "  \"Payload\" : {\n    \"id\" : \"o-1\"\n  }\n}", label(robot, "#preview-afterParameters"));
        assertEquals("{\n  \"id\" : \"o-1\",\n  \"validation\" : {\n    \"order\" : {\n      \"total\" : 250\n"
                + "    }\n  }\n}", label(robot, "#preview-output"));
        assertEquals("succeeded, next: CheckOrderTotal", label(robot, "#preview-status"));
        WindowFixture.save(robot, fixture.stage.getScene(), "inspector-preview.png");
    }

    @Test
    void previewInputDefaultsToTheDebuggersLastInputUntilOneIsTypedForTheState(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        String debugged = "{\"orderId\": \"from-the-debugger\"}";
        robot.interact(() -> fixture.window.debugger().model().options().recentInputs().setAll(debugged, "{}"));

        select(robot, "/States/ValidateOrder", "ValidateOrder");
        TextArea input = robot.lookup("#preview-input").queryAs(TextArea.class);
        assertEquals(debugged, input.getText());

        robot.interact(() -> input.setText("{\"orderId\": \"typed\"}"));
        select(robot, "/States/CheckOrderTotal", "CheckOrderTotal");
        assertEquals(debugged, input.getText());
        select(robot, "/States/ValidateOrder", "ValidateOrder");
        assertEquals("{\"orderId\": \"typed\"}", input.getText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void ctrlSpaceInAParametersFieldOffersTheInputsPathsAndInsertsOne(FxRobot robot) throws Exception {
        select(robot, "/States/ValidateOrder", "ValidateOrder");
        robot.interact(() -> robot.lookup("#preview-input").queryAs(TextArea.class)
                .setText("{\"orderId\": \"o-1\", \"customer\": {\"tier\": \"gold\"}}"));
        TextArea parameters = robot.lookup("#inspector-field-Parameters").queryAs(TextArea.class);
        String typed = "{\"FunctionName\": \"f\", \"Payload.$\": \"$.or\"}";
        robot.interact(() -> {
            parameters.requestFocus();
            parameters.setText(typed);
            parameters.positionCaret(typed.indexOf("$.or") + 4);
        });

        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        WindowFixture.await(() -> robot.lookup(".field-completion").tryQuery().isPresent());
        ListView<Completion> list = robot.lookup(".field-completion").queryAs(ListView.class);
        assertEquals(List.of("$.orderId"), list.getItems().stream().map(Completion::label).toList());
        robot.type(KeyCode.ENTER);

        assertEquals("{\"FunctionName\": \"f\", \"Payload.$\": \"$.orderId\"}", parameters.getText());
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        fixture.awaitAnalysed();
        String text = fixture.window.session().document().text();
        assertTrue(text.contains("\"Payload.$\": \"$.orderId\""), text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void ctrlSpaceInAChoiceRulesVariableOffersTheInputsPathsAndInsertsOne(FxRobot robot) throws Exception {
        select(robot, "/States/CheckOrderTotal", "CheckOrderTotal");
        robot.interact(() -> robot.lookup("#preview-input").queryAs(TextArea.class)
                .setText("{\"orderId\": \"o-1\", \"customer\": {\"tier\": \"gold\"}}"));
        TextField variable = robot.lookup("#inspector-field-Choices-0-Variable").queryAs(TextField.class);
        robot.clickOn(variable);
        robot.interact(() -> {
            variable.setText("$.cu");
            variable.positionCaret(4);
        });

        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        WindowFixture.await(() -> robot.lookup(".field-completion").tryQuery().isPresent());
        ListView<Completion> list = robot.lookup(".field-completion").queryAs(ListView.class);
        assertEquals(List.of("$.customer", "$.customer.tier"),
                list.getItems().stream().map(Completion::label).toList());
        robot.type(KeyCode.ENTER);

        assertEquals("$.customer", variable.getText());
        commit(robot, variable, variable.getText());
        String text = fixture.window.session().document().text();
        assertTrue(text.contains("\"Variable\": \"$.customer\""), text);
    }

    @Test
    void aCompletingFieldMakesItsTooltipWhenThePointerFirstRestsOnIt(FxRobot robot) throws Exception {
        select(robot, "/States/CheckOrderTotal", "CheckOrderTotal");
        TextField variable = robot.lookup("#inspector-field-Choices-0-Variable").queryAs(TextField.class);
        assertNull(variable.getTooltip(), "building the form makes no popup for the field");

        robot.moveTo(variable);
        robot.moveBy(2, 1);
        WindowFixture.await(() -> variable.getTooltip() != null);

        assertTrue(variable.getTooltip().getText().endsWith("Ctrl+Space completes paths, context fields and"
                + " variables."), variable.getTooltip().getText());
    }

    @Test
    void aValueTypedButNotCommittedIsKeptWhenTheUserStartsANewDefinition(FxRobot robot) throws Exception {
        select(robot, "/States/ValidateOrder", "ValidateOrder");
        TextField timeout = robot.lookup("#inspector-field-TimeoutSeconds").queryAs(TextField.class);
        robot.interact(timeout::requestFocus);
        robot.write("45");
        DocumentSession session = fixture.window.session();
        assertEquals(fixture.original, session.document().text(), "typing alone commits nothing");

        Platform.runLater(() -> fixture.window.actions().run(ActionRegistry.NEW_BLANK));
        DialogPane question = WindowFixture.awaitDialog(robot);
        assertEquals("Save changes to " + NAME + "?", question.getHeaderText());
        WindowFixture.answer(robot, question, ButtonType.CANCEL);

        assertEquals(NAME, session.nameProperty().get());
        assertTrue(session.document().text().contains("\"TimeoutSeconds\": 45"), session.document().text());
        assertEquals("Set TimeoutSeconds of 'ValidateOrder'", session.undoLabelProperty().get());
    }

    @Test
    void aValueTypedInAWindowWhoseSceneIsReplacedStaysOutOfItsClosedSession(FxRobot robot) throws Exception {
        select(robot, "/States/ValidateOrder", "ValidateOrder");
        TextField timeout = robot.lookup("#inspector-field-TimeoutSeconds").queryAs(TextField.class);
        robot.interact(timeout::requestFocus);
        robot.write("45");
        DocumentSession closed = fixture.window.session();
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler[] previous = new Thread.UncaughtExceptionHandler[1];
        robot.interact(() -> {
            previous[0] = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> thrown.add(e));
        });
        try {
            robot.interact(() -> fixture.reopen(null));
            fixture.awaitOpened(NAME);

            assertEquals(List.of(), thrown);
            assertEquals(fixture.original, closed.document().text());
        } finally {
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(previous[0]));
        }
    }

    @Test
    void jsonAreasShowTheirWholeContentUpToAMaximumAndScrollBeyond(FxRobot robot) throws Exception {
        select(robot, "/States/ValidateOrder", "ValidateOrder");
        TextArea parameters = robot.lookup("#inspector-field-Parameters").queryAs(TextArea.class);
        assertEquals(4, parameters.getText().lines().count(), parameters.getText());
        robot.interact(() -> robot.lookup("#" + InspectorView.ID).queryAs(ScrollPane.class).setVvalue(0.25));
        WindowFixture.save(robot, fixture.stage.getScene(), "inspector-parameters.png");
        assertTrue(fitsWithoutScrolling(parameters), "all four lines show");

        String longer = "{\n" + "  \"key\": 1,\n".repeat(8) + "  \"last\": 2\n}";
        robot.interact(() -> parameters.setText(longer));
        WindowFixture.await(() -> fitsWithoutScrolling(parameters));
        double eleven = parameters.getHeight();

        robot.interact(() -> parameters.setText("{\n" + "  \"key\": 1,\n".repeat(60) + "  \"last\": 2\n}"));
        WindowFixture.await(() -> parameters.getHeight() > eleven);
        assertTrue(!fitsWithoutScrolling(parameters), "sixty lines scroll");
        assertTrue(parameters.getHeight() < eleven * 2, "at most sixteen rows: " + parameters.getHeight());
    }

    private void select(FxRobot robot, String pointer, String name) throws Exception {
        fixture.awaitOpened(NAME);
        robot.interact(() -> fixture.window.session().select(pointer, null));
        WindowFixture.await(() -> robot.lookup("#" + InspectorView.NAME_ID).tryQuery().isPresent()
                && robot.lookup("#" + InspectorView.NAME_ID).queryAs(TextField.class).getText().equals(name));
    }

    /** True when the area's text is all in view: its content is no taller than the area's viewport. */
    private static boolean fitsWithoutScrolling(TextArea area) {
        ScrollPane scroll = (ScrollPane) area.lookup(".scroll-pane");
        Region content = (Region) area.lookup(".content");
        return content.getHeight() <= scroll.getViewportBounds().getHeight() + 0.5;
    }

    private void commit(FxRobot robot, TextField field, String text) throws Exception {
        robot.interact(() -> {
            field.setText(text);
            field.fireEvent(new ActionEvent());
        });
        fixture.awaitAnalysed();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> comboBox(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
