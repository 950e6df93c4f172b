package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.inspector.Integration;
import statewise.app.inspector.InspectorView;
import statewise.app.session.DocumentSession;

/**
 * Selecting another state of the same type shows it in the form already built, rebound to it: these check that the
 * reused form shows only the new state's values, choices and findings, and that its edits go into the new state,
 * one undo step each.
 */
class InspectorFormReuseIT {

    private static final String NAME = "order-processing.asl.json";

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.template(NAME);

    @Test
    void anotherStateOfTheSameTypeIsShownInTheSameFormWithItsOwnValues(FxRobot robot) throws Exception {
        select(robot, "/States/ValidateOrder", "ValidateOrder");
        TextField timeout = robot.lookup("#inspector-field-TimeoutSeconds").queryAs(TextField.class);
        assertEquals("", timeout.getText());
        assertTrue(robot.lookup("#inspector-field-Retry-0-MaxAttempts").tryQuery().isPresent());

        select(robot, "/States/RequestManualApproval", "RequestManualApproval");

        assertSame(timeout, robot.lookup("#inspector-field-TimeoutSeconds").queryAs(TextField.class),
                "the form of a Task is reused for another Task");
        WindowFixture.save(robot, fixture.stage.getScene(), "inspector-task-rebound.png");
        assertEquals("86400", timeout.getText());
        String parameters = robot.lookup("#inspector-field-Parameters").queryAs(TextArea.class).getText();
        assertTrue(parameters.contains("order-approvals") && !parameters.contains("validate-order"), parameters);
        assertEquals("", robot.lookup("#inspector-field-ResultSelector").queryAs(TextArea.class).getText());
        ComboBox<String> next = comboBox(robot, "#" + InspectorView.NEXT_ID);
        assertEquals("IsApproved", next.getValue());
        assertTrue(next.getItems().contains("ValidateOrder"), next.getItems().toString());
        assertFalse(next.getItems().contains("RequestManualApproval"), "a state does not go to itself");
        assertFalse(robot.lookup("#inspector-field-Retry-0-MaxAttempts").tryQuery().isPresent(),
                "no retrier of the state shown before");
        assertEquals("States.Timeout", robot.lookup("#inspector-field-Catch-0-ErrorEquals").queryAs(TextField.class)
                .getText());
    }

    @Test
    void aReusedFormWritesIntoTheStateItShowsOneUndoStepPerEdit(FxRobot robot) throws Exception {
        select(robot, "/States/ValidateOrder", "ValidateOrder");
        select(robot, "/States/RequestManualApproval", "RequestManualApproval");
        DocumentSession session = fixture.window.session();

        commit(robot, robot.lookup("#inspector-field-TimeoutSeconds").queryAs(TextField.class), "30");
        assertEquals("Set TimeoutSeconds of 'RequestManualApproval'", session.undoLabelProperty().get());
        robot.interact(() -> comboBox(robot, "#" + InspectorView.NEXT_ID).setValue("OrderRejected"));
        fixture.awaitAnalysed();
        robot.interact(() -> robot.lookup("#" + InspectorView.INTEGRATION_ID).queryAs(ComboBox.class)
                .setValue(Integration.ALL.get(2)));
        fixture.awaitAnalysed();
        assertTrue(session.undoLabelProperty().get().endsWith(" 'RequestManualApproval'"),
                session.undoLabelProperty().get());

        JsonNode states = new ObjectMapper().readTree(session.document().text()).path("States");
        JsonNode original = new ObjectMapper().readTree(fixture.original).path("States");
        assertEquals(30, states.path("RequestManualApproval").path("TimeoutSeconds").asInt());
        assertEquals("OrderRejected", states.path("RequestManualApproval").path("Next").asText());
        assertEquals("arn:aws:states:::sns:publish", states.path("RequestManualApproval").path("Resource").asText());
        assertEquals(original.path("ValidateOrder"), states.path("ValidateOrder"), "the state shown before stays");

        for (int i = 0; i < 3; i++) {
            robot.interact(session::undo);
        }
        assertEquals(fixture.original, session.document().text());
    }

    @Test
    void aReusedFormShowsOnlyTheFindingsOfTheStateItShows(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        String broken = fixture.original.replace("\"TimeoutSeconds\": 86400", "\"TimeoutSeconds\": 0")
                .replace("\"Next\": \"ShipOrder\"", "\"Next\": \"SendConfirmation\"");
        robot.interact(() -> fixture.window.editor().area().replaceText(broken));
        fixture.awaitAnalysed();

        select(robot, "/States/RequestManualApproval", "RequestManualApproval");
        assertTrue(problemsShown(robot).stream().anyMatch(p -> p.contains("'TimeoutSeconds'")),
                problemsShown(robot).toString());
        select(robot, "/States/ShipOrder", "ShipOrder");
        List<String> shipping = problemsShown(robot);
        assertTrue(shipping.stream().anyMatch(p -> p.contains("'ShipOrder' cannot be reached")), shipping.toString());
        assertFalse(shipping.stream().anyMatch(p -> p.contains("'TimeoutSeconds'")), shipping.toString());

        select(robot, "/States/SendConfirmation", "SendConfirmation");
        assertEquals(List.of(), problemsShown(robot));
    }

    private void select(FxRobot robot, String pointer, String name) throws Exception {
        fixture.awaitOpened(NAME);
        robot.interact(() -> fixture.window.session().select(pointer, null));
        WindowFixture.await(() -> robot.lookup("#" + InspectorView.NAME_ID).tryQuery().isPresent()
                && robot.lookup("#" + InspectorView.NAME_ID).queryAs(TextField.class).getText().equals(name));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void commit(FxRobot robot, TextField field, String text) throws Exception {
        robot.interact(() -> {
            field.setText(text);
            field.fireEvent(new ActionEvent());
        });
        fixture.awaitAnalysed();
    }

    /** The texts of the findings the inspector's form shows (in a part that is visible; not the preview's). */
    private static List<String> problemsShown(FxRobot robot) {
        Node inspector = robot.lookup("#" + InspectorView.ID).query();
        List<String> shown = new ArrayList<>();
        for (Node node : inspector.lookupAll(".inspector-problem")) {
            if (node instanceof Label label && !label.getText().isEmpty() && visible(node, inspector)) {
                shown.add(label.getText());
            }
        }
        return shown;
    }

    private static boolean visible(Node node, Node root) {
        for (Node n = node; n != null && n != root; n = n.getParent()) {
            if (!n.isVisible() || n.getId() != null && n.getId().startsWith("preview-")) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> comboBox(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }
}
