package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.event.ActionEvent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import statewise.app.actions.ActionRegistry;
import statewise.app.inspector.InspectorView;
import statewise.app.prefs.UserSettings;

/**
 * The right column: on first start the ASL editor gets most of it and the inspector, with nothing selected, edits
 * the workflow's own fields; the divider stays where the user puts it, across selections and into the next window,
 * until View → Reset Layout.
 */
class InspectorColumnIT {

    private static final String NAME = "order-processing.asl.json";

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.template(NAME).remembering();

    @Test
    void withNothingSelectedTheInspectorEditsTheWorkflowsOwnFields(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        WindowFixture.await(() -> fixture.window.canvas().idle());
        WindowFixture.save(robot, fixture.stage.getScene(), "inspector-first-start.png");

        assertEquals(UserSettings.INSPECTOR_SHARE, fixture.window.inspector().formShare(), 0.01,
                "the editor gets most of the column");
        assertTrue(robot.lookup("#inspector-workflow").tryQuery().isPresent());
        TextField timeout = robot.lookup("#inspector-field-TimeoutSeconds").queryAs(TextField.class);
        robot.interact(() -> {
            timeout.setText("3600");
            timeout.fireEvent(new ActionEvent());
        });
        fixture.awaitAnalysed();

        String text = fixture.window.session().document().text();
        assertTrue(text.contains("\"TimeoutSeconds\": 3600"), text);
        assertEquals("Set TimeoutSeconds of the workflow", fixture.window.session().undoLabelProperty().get());
        WindowFixture.await(() -> robot.lookup("#inspector-field-TimeoutSeconds").queryAs(TextField.class)
                .getText().equals("3600"));
    }

    @Test
    void theDividerStaysWhereTheUserPutsItAcrossSelectionsAndIntoTheNextWindow(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        SplitPane column = robot.lookup(".inspector-column").queryAs(SplitPane.class);
        robot.interact(() -> column.setDividerPositions(0.3));

        robot.interact(() -> fixture.window.session().select("/States/ValidateOrder", null));
        WindowFixture.await(() -> robot.lookup("#" + InspectorView.NAME_ID).tryQuery().isPresent());
        assertEquals(0.3, fixture.window.inspector().formShare(), 0.01, "a selection does not move the divider");

        robot.interact(() -> assertTrue(fixture.window.requestClose()));
        MainWindow next = fixture.openNext(robot, fixture.copyOfTemplate(NAME));

        assertEquals(0.3, next.inspector().formShare(), 0.01, "the next window opens with the same split");
        robot.interact(() -> next.actions().run(ActionRegistry.RESET_LAYOUT));
        assertEquals(UserSettings.INSPECTOR_SHARE, next.inspector().formShare(), 0.01, "View → Reset Layout");
        robot.interact(() -> next.stage().close());
    }
}
