package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import statewise.app.actions.ActionRegistry;
import statewise.app.outline.StateRow;

/**
 * File → Import from CloudFormation/SAM Template: a SAM template with two state machines asks which one, and the
 * one picked opens as a new untitled definition with the template's substitutions kept as placeholders.
 */
class ImportTemplateIT {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample().before(f -> WindowFixture.copyResource(
            "/statewise/app/shell/orders-sam-template.yaml", f.folder.resolve("template.yaml")));

    @Test
    void theStateMachinePickedFromATemplateOpensUntitledWithItsPlaceholders(FxRobot robot) throws Exception {
        fixture.awaitOpened("order-processing.asl.json");
        assertTrue(fixture.window.actions().menuItem(ActionRegistry.IMPORT_TEMPLATE).getText().startsWith("_Import"));

        robot.interact(() -> fixture.window.files().importTemplate(fixture.folder.resolve("template.yaml")));
        DialogPane question = WindowFixture.awaitDialog(robot);
        assertEquals("template.yaml defines 2 state machines.", question.getHeaderText());
        @SuppressWarnings("unchecked")
        ComboBox<String> choice = (ComboBox<String>) question.lookup(".combo-box");
        assertEquals(List.of("ValidateOrders  (Definition)", "NotifyOrders  (DefinitionString (Fn::Sub))"),
                choice.getItems());
        robot.interact(() -> choice.getSelectionModel().select(1));
        WindowFixture.answer(robot, question, ButtonType.OK);
        fixture.awaitOpened("NotifyOrders.asl.json");

        String text = fixture.window.session().document().text();
        assertTrue(text.contains("\"TopicArn\": \"${OrdersTopic}\""), text);
        assertNull(fixture.window.session().fileProperty().get());
        assertEquals(List.of("Notify"), fixture.window.outline().rows().stream().map(StateRow::name).toList());
    }
}
