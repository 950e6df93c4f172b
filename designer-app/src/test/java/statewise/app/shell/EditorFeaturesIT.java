package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import statewise.app.outline.StateRow;
import statewise.engine.document.Diagnostic;

/**
 * The ASL editor's features the issue lists that other ITs leave out, driven in the window: an underlined problem
 * tells its message when the mouse rests on it, the bracket at the caret is matched with its partner, and Format
 * (Ctrl+Shift+F) rewrites the text as one undo step that leaves the model alone.
 */
class EditorFeaturesIT {

    private static final String FLOW = """
            {"StartAt": "A",
              "States": {"A": {"Type": "Pass", "Next": "Nowhere"},
                  "B": {"Type": "Succeed"}}}
            """;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.text("flow.asl.json", FLOW);

    @Test
    void restingOnAnUnderlinedProblemShowsItsMessage(FxRobot robot) throws Exception {
        fixture.awaitOpened("flow.asl.json");
        CodeArea area = fixture.area(robot);
        Diagnostic missing = fixture.window.session().document().diagnostics().stream()
                .filter(d -> d.code().equals("missing-transition-target")).findFirst().orElseThrow();
        int at = missing.span().startOffset() + 1;
        Bounds[] bounds = new Bounds[1];
        robot.interact(() -> bounds[0] = area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow());

        robot.moveTo(new Point2D(bounds[0].getCenterX(), bounds[0].getCenterY()));
        robot.moveBy(1, 0);
        WindowFixture.await(() -> popupText() != null);

        assertEquals(missing.message() + "  (missing-transition-target)", popupText());
    }

    @Test
    void theBracketAtTheCaretAndItsPartnerAreMarked(FxRobot robot) throws Exception {
        fixture.awaitOpened("flow.asl.json");
        CodeArea area = fixture.area(robot);
        int open = FLOW.indexOf("{\"Type\": \"Succeed\"");
        int close = FLOW.indexOf('}', open);

        robot.interact(() -> area.moveTo(open + 1));
        WindowFixture.await(() -> marked(area).size() == 2);

        assertEquals(Set.of(open, close), marked(area).stream().map(b -> area.hit(b.getCenterX(), b.getCenterY())
                .getCharacterIndex().orElse(-1)).collect(Collectors.toSet()));
        WindowFixture.save(robot, fixture.stage.getScene(), "editor-bracket-match.png");
        robot.interact(() -> area.moveTo(FLOW.indexOf("Succeed")));
        WindowFixture.await(() -> marked(area).isEmpty());
    }

    @Test
    void formatRewritesTheTextAsOneUndoStepAndKeepsTheStates(FxRobot robot) throws Exception {
        fixture.awaitOpened("flow.asl.json");
        CodeArea area = fixture.area(robot);
        robot.clickOn(area);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        fixture.awaitAnalysed();

        assertEquals("""
                {
                  "StartAt": "A",
                  "States": {
                    "A": {
                      "Type": "Pass",
                      "Next": "Nowhere"
                    },
                    "B": {
                      "Type": "Succeed"
                    }
                  }
                }
                """, area.getText());
        assertEquals("Format", fixture.window.session().undoLabelProperty().get());
        assertEquals(List.of("A", "B"), fixture.window.outline().rows().stream().map(StateRow::name).toList());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(FLOW, area.getText());
    }

    /** The on-screen boxes of the bracket marks drawn now, in the area's coordinates. */
    private static List<Bounds> marked(CodeArea area) {
        return area.lookupAll(".bracket-match").stream()
                .filter(node -> node instanceof Path path && !path.getElements().isEmpty() && WindowFixture.shown(node))
                .map(node -> area.sceneToLocal(node.localToScene(node.getBoundsInLocal())))
                .filter(b -> b.getWidth() > 0)
                .toList();
    }

    /** The text of the problem popup shown now, or null. */
    private static @Nullable String popupText() {
        for (Window window : Window.getWindows()) {
            if (window instanceof PopupWindow popup && popup.isShowing()) {
                List<String> lines = popup.getScene().getRoot().lookupAll(".diagnostic-popup .label").stream()
                        .map(node -> ((Label) node).getText()).toList();
                if (!lines.isEmpty()) {
                    return String.join("\n", lines);
                }
            }
        }
        return null;
    }
}
