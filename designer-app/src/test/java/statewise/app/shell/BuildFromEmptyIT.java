package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import statewise.app.actions.ActionRegistry;
import statewise.app.canvas.CanvasView;
import statewise.app.export.ExportKind;
import statewise.app.inspector.Integration;
import statewise.app.inspector.InspectorView;
import statewise.engine.document.Diagnostic;
import statewise.layout.Box;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/**
 * The issue's evidence that a workflow can be authored without typing JSON: from File → New → Blank, an order flow
 * with a Lambda Task (Retry and Catch), a Choice, a Map, a Parallel of two branches dropped onto an edge (a Lambda
 * Task dropped into one branch), an SNS Task picked from the integrations, two Fails and a Succeed is built with
 * the palette, the canvas and the inspector's form fields only, then exported through File → Export → ASL as JSON
 * and compared, parsed, with the definition a person would write.
 */
class BuildFromEmptyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXPECTED = """
            {
              "Comment": "A new workflow.",
              "StartAt": "ValidateOrder",
              "States": {
                "ValidateOrder": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "${FunctionName}", "Payload.$": "$"},
                  "ResultPath": "$.validation",
                  "TimeoutSeconds": 30,
                  "Retry": [{
                    "ErrorEquals": ["Lambda.ServiceException", "Lambda.AWSLambdaException",
                                    "Lambda.SdkClientException", "Lambda.TooManyRequestsException"],
                    "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 2, "JitterStrategy": "FULL"
                  }],
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "NotifyFailure", "ResultPath": "$.error"}],
                  "Next": "CheckTotal"
                },
                "CheckTotal": {
                  "Type": "Choice",
                  "Choices": [{
                    "Variable": "$.validation.Payload.total", "NumericGreaterThan": 1000, "Next": "RejectLargeOrder"
                  }],
                  "Default": "ProcessItems"
                },
                "ProcessItems": {
                  "Type": "Map",
                  "ItemsPath": "$.validation.Payload.items",
                  "MaxConcurrency": 5,
                  "ItemProcessor": {
                    "ProcessorConfig": {"Mode": "INLINE"},
                    "StartAt": "ReserveItem",
                    "States": {"ReserveItem": {"Type": "Pass", "End": true}}
                  },
                  "ResultPath": "$.reservations",
                  "Next": "ProcessOrder"
                },
                "ProcessOrder": {
                  "Type": "Parallel",
                  "Branches": [
                    {
                      "StartAt": "PreparePayment",
                      "States": {
                        "PreparePayment": {"Type": "Pass", "Next": "ChargePayment"},
                        "ChargePayment": {
                          "Type": "Task",
                          "Resource": "arn:aws:states:::lambda:invoke",
                          "Parameters": {"FunctionName": "${FunctionName}", "Payload.$": "$"},
                          "OutputPath": "$.Payload",
                          "Retry": [{
                            "ErrorEquals": ["Lambda.ServiceException", "Lambda.AWSLambdaException",
                                            "Lambda.SdkClientException", "Lambda.TooManyRequestsException"],
                            "IntervalSeconds": 1, "MaxAttempts": 3, "BackoffRate": 2, "JitterStrategy": "FULL"
                          }],
                          "End": true
                        }
                      }
                    },
                    {"StartAt": "ReserveInventory", "States": {"ReserveInventory": {"Type": "Pass", "End": true}}}
                  ],
                  "ResultPath": "$.fulfilment",
                  "Next": "Done"
                },
                "RejectLargeOrder": {
                  "Type": "Fail", "Error": "OrderTooLarge", "Cause": "Orders over 1000 need approval."
                },
                "NotifyFailure": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::sns:publish",
                  "Parameters": {"TopicArn": "${TopicArn}", "Message.$": "$"},
                  "Next": "OrderFailed"
                },
                "OrderFailed": {"Type": "Fail", "Error": "OrderFailed", "Cause": "Validating the order failed."},
                "Done": {"Type": "Succeed"}
              }
            }
            """;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();
    private CanvasView canvas;
    /** What the test did last, for the failure message. */
    private String step = "opening";

    @BeforeEach
    void drawnOn() {
        canvas = fixture.window.canvas();
    }

    @Test
    void anOrderFlowBuiltWithPaletteCanvasAndInspectorExportsAsExpected(FxRobot robot) throws Exception {
        try {
            build(robot);
        } catch (Exception | AssertionError e) {
            WindowFixture.save(robot, fixture.stage.getScene(), "built-from-empty-failed.png");
            throw new AssertionError("Building failed at: " + step, e);
        }
        WindowFixture.save(robot, fixture.stage.getScene(), "built-from-empty.png");

        assertEquals(JSON.readTree(EXPECTED), JSON.readTree(exported(robot)));
        assertEquals(List.of(), fixture.window.session().document().diagnostics().stream()
                .filter(Diagnostic::isError).toList());
    }

    private void build(FxRobot robot) throws Exception {
        fixture.awaitOpened("order-processing.asl.json");
        robot.interact(() -> fixture.window.actions().run(ActionRegistry.NEW_BLANK));
        fixture.awaitOpened("blank.asl.json");
        awaitDrawn();

        for (String type : List.of("task", "map", "task", "fail", "succeed", "fail")) {
            robot.drag("#palette-" + type).dropTo(freeSpot());
            awaitDrawn();
        }
        robot.interact(() -> fixture.window.actions().run(ActionRegistry.TIDY_UP));
        awaitDrawn();
        rename(robot, "/States/Task", "ValidateOrder");
        rename(robot, "/States/Map", "ProcessItems");
        rename(robot, "/States/Task (1)", "NotifyFailure");
        rename(robot, "/States/Fail", "RejectLargeOrder");
        rename(robot, "/States/Succeed", "Done");
        rename(robot, "/States/Fail (1)", "OrderFailed");
        rename(robot, "/States/ProcessItems/ItemProcessor/States/Pass", "ReserveItem");

        select(robot, "/States/Start");
        goTo(robot, "ValidateOrder");
        select(robot, "/States/ValidateOrder");
        goTo(robot, "ProcessItems");
        commit(robot, "#inspector-field-ResultPath", "$.validation");
        commit(robot, "#inspector-field-OutputPath", "");
        commit(robot, "#inspector-field-TimeoutSeconds", "30");
        commit(robot, "#inspector-field-Retry-0-IntervalSeconds", "2");
        press(robot, "#inspector-add-catch");
        choose(robot, "#inspector-field-Catch-0-Next", "NotifyFailure");

        fitToWindow(robot);
        robot.drag("#palette-choice").dropTo(screen(middle(edge("/States/ValidateOrder/Next"))));
        awaitDrawn();
        rename(robot, "/States/Choice", "CheckTotal");
        commit(robot, "#inspector-field-Choices-0-Variable", "$.validation.Payload.total");
        choose(robot, "#inspector-field-Choices-0-operator", "NumericGreaterThan");
        commit(robot, "#inspector-field-Choices-0-NumericGreaterThan", "1000");
        choose(robot, "#inspector-field-Choices-0-Next", "RejectLargeOrder");

        select(robot, "/States/ProcessItems");
        commit(robot, "#inspector-field-ItemsPath", "$.validation.Payload.items");
        commit(robot, "#inspector-field-MaxConcurrency", "5");
        commit(robot, "#inspector-field-ResultPath", "$.reservations");
        goTo(robot, "Done");

        fitToWindow(robot);
        step = "drop a Parallel onto ProcessItems -> Done";
        robot.drag("#palette-parallel").dropTo(screen(middle(edge("/States/ProcessItems/Next"))));
        awaitDrawn();
        rename(robot, "/States/Parallel", "ProcessOrder");
        commit(robot, "#inspector-field-ResultPath", "$.fulfilment");
        rename(robot, "/States/ProcessOrder/Branches/0/States/Pass", "PreparePayment");
        rename(robot, "/States/ProcessOrder/Branches/1/States/Pass (1)", "ReserveInventory");
        dropIntoBranch(robot, "task", "/States/ProcessOrder/Branches/0");
        rename(robot, "/States/ProcessOrder/Branches/0/States/Task", "ChargePayment");
        select(robot, "/States/ProcessOrder/Branches/0/States/PreparePayment");
        goTo(robot, "ChargePayment");

        select(robot, "/States/NotifyFailure");
        robot.interact(() -> robot.lookup("#" + InspectorView.INTEGRATION_ID).queryAs(ComboBox.class)
                .setValue(Integration.ALL.stream().filter(i -> i.label().equals("SNS: publish")).findFirst()
                        .orElseThrow()));
        fixture.awaitAnalysed();
        press(robot, "#inspector-field-Retry-0-remove");
        commit(robot, "#inspector-field-OutputPath", "");
        goTo(robot, "OrderFailed");

        select(robot, "/States/RejectLargeOrder");
        commit(robot, "#inspector-field-Error", "OrderTooLarge");
        commit(robot, "#inspector-field-Cause", "Orders over 1000 need approval.");
        select(robot, "/States/OrderFailed");
        commit(robot, "#inspector-field-Error", "OrderFailed");
        commit(robot, "#inspector-field-Cause", "Validating the order failed.");

        select(robot, "/States/Start");
        step = "delete Start";
        robot.type(KeyCode.DELETE);
        awaitDrawn();
    }

    /** Exports through File → Export → ASL as JSON to a file the save dialog would have asked for. */
    private String exported(FxRobot robot) throws Exception {
        Path file = fixture.newFolder("statewise-built").resolve("order.asl.json");
        robot.interact(() -> fixture.window.exports().chooseFilesWith((kind, name) -> file));
        robot.interact(() -> fixture.window.actions().run(ExportKind.ASL_JSON.actionId()));
        WindowFixture.await(() -> Files.exists(file));
        return Files.readString(file);
    }

    // ---- driving the window

    private void rename(FxRobot robot, String pointer, String name) throws Exception {
        select(robot, pointer);
        commit(robot, "#" + InspectorView.NAME_ID, name);
        awaitDrawn();
    }

    /** Drops a state from the palette onto the title strip of a Parallel branch, with nothing selected. */
    private void dropIntoBranch(FxRobot robot, String type, String branch) throws Exception {
        step = "drop a " + type + " into " + branch;
        fitToWindow(robot);
        robot.clickOn(freeSpot());
        Box box = canvas.layout().node(branch).box();
        robot.drag("#palette-" + type).dropTo(screen(new Point(box.centerX(), box.y() + 12)));
        awaitDrawn();
    }

    /** Fits the diagram to the canvas, as View → Fit does, so every node can be clicked. */
    private void fitToWindow(FxRobot robot) {
        robot.interact(() -> fixture.window.actions().run(ActionRegistry.FIT));
    }

    /**
     * Clicks the state's node on the canvas where the context pad beside the selected node does not cover it (when
     * it covers all of it, a click on empty canvas first clears the selection), and waits until the inspector shows
     * the state.
     */
    private void select(FxRobot robot, String pointer) throws Exception {
        step = "select " + pointer;
        fitToWindow(robot);
        Point2D target = uncovered(robot, pointer);
        if (target == null) {
            robot.clickOn(freeSpot());
            target = screen(centre(pointer));
        }
        robot.clickOn(target);
        String name = pointer.substring(pointer.lastIndexOf('/') + 1);
        try {
            WindowFixture.await(() -> robot.lookup("#" + InspectorView.NAME_ID).tryQuery()
                    .map(field -> ((TextField) field).getText().equals(name)).orElse(false));
        } catch (TimeoutException e) {
            WindowFixture.save(robot, fixture.stage.getScene(), "built-from-empty-failed.png");
            throw new AssertionError("Clicking " + pointer + " did not select it; selected: "
                    + fixture.window.session().selectionProperty().get() + ", drawn: "
                    + canvas.layout().nodes().stream().map(PlacedNode::id).toList(), e);
        }
    }

    private void commit(FxRobot robot, String query, String text) throws Exception {
        step = "type " + text + " into " + query;
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.setText(text);
            field.fireEvent(new ActionEvent());
        });
        settle(robot);
    }

    /** Picks "Go to" in the Transition section, then the state to go to. */
    private void goTo(FxRobot robot, String target) throws Exception {
        press(robot, "#" + InspectorView.GO_TO_ID);
        choose(robot, "#" + InspectorView.NEXT_ID, target);
    }

    @SuppressWarnings("unchecked")
    private void choose(FxRobot robot, String query, String value) throws Exception {
        step = "choose " + value + " in " + query;
        ComboBox<String> box = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
        settle(robot);
    }

    private void press(FxRobot robot, String query) throws Exception {
        step = "press " + query;
        ButtonBase button = robot.lookup(query).queryAs(ButtonBase.class);
        robot.interact(button::fire);
        settle(robot);
    }

    /** Waits for the reparse and the layout, and checks the inspector refused nothing. */
    private void settle(FxRobot robot) throws Exception {
        awaitDrawn();
        Node message = robot.lookup("#" + InspectorView.MESSAGE_ID).query();
        assertEquals("", ((javafx.scene.control.Label) message).getText());
    }

    private void awaitDrawn() throws Exception {
        WindowFixture.await(() -> canvas.idle() && !canvas.layout().nodes().isEmpty());
    }

    // ---- canvas geometry

    /**
     * A point of the visible canvas at least a node's size away from every node and edge, clear of the minimap in
     * the right-hand corners and the zoom label.
     */
    private Point2D freeSpot() {
        double scale = canvas.viewportProperty().get().scale();
        Box visible = canvas.viewportProperty().get().visible(canvas.node().getWidth(), canvas.node().getHeight());
        for (double y = visible.y() + 60 / scale; y < visible.bottom() - 60 / scale; y += 30) {
            for (double x = visible.right() - 240 / scale; x > visible.x() + 90 / scale; x -= 30) {
                Point p = new Point(x, y);
                if (clear(p)) {
                    return screen(p);
                }
            }
        }
        throw new AssertionError("no free spot left on the canvas");
    }

    private boolean clear(Point p) {
        for (PlacedNode node : canvas.layout().nodes()) {
            Box b = node.box();
            if (p.x() > b.x() - 90 && p.x() < b.x() + b.width() + 90 && p.y() > b.y() - 50
                    && p.y() < b.y() + b.height() + 50) {
                return false;
            }
        }
        for (RoutedEdge edge : canvas.layout().edges()) {
            for (Point q : edge.points()) {
                if (Math.abs(q.x() - p.x()) < 60 && Math.abs(q.y() - p.y()) < 60) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A point of the node's box on screen that the context pad does not cover, or null. */
    private @Nullable Point2D uncovered(FxRobot robot, String pointer) {
        Node pad = robot.lookup("#canvas-context-pad").tryQuery().orElse(null);
        Bounds covered = pad == null || !pad.isVisible() ? null : pad.localToScreen(pad.getBoundsInLocal());
        Box box = canvas.layout().node(pointer).box();
        double top = canvas.layout().node(pointer).container() ? box.y() + 12 : box.centerY();
        for (double share : new double[] {0.5, 0.15, 0.85}) {
            Point2D point = screen(new Point(box.x() + box.width() * share, top));
            if (covered == null || !covered.contains(point)) {
                return point;
            }
        }
        return null;
    }

    private Point centre(String pointer) {
        PlacedNode node = canvas.layout().node(pointer);
        assertNotNull(node, pointer + " is drawn");
        Box box = node.container() ? new Box(node.box().x(), node.box().y(), node.box().width(), 24)
                : node.box();
        return new Point(box.centerX(), box.centerY());
    }

    private RoutedEdge edge(String id) {
        RoutedEdge found = canvas.layout().edges().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
        assertNotNull(found, id + " is drawn");
        return found;
    }

    /** The middle of the edge's longest segment, well away from the nodes it joins. */
    private static Point middle(RoutedEdge edge) {
        Point a = edge.points().get(0);
        Point b = edge.points().get(1);
        for (int i = 1; i < edge.points().size() - 1; i++) {
            Point c = edge.points().get(i);
            Point d = edge.points().get(i + 1);
            if (Math.hypot(d.x() - c.x(), d.y() - c.y()) > Math.hypot(b.x() - a.x(), b.y() - a.y())) {
                a = c;
                b = d;
            }
        }
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    private Point2D screen(Point world) {
        Point2D scene = canvas.sceneOf(world);
        return canvas.node().localToScreen(canvas.node().sceneToLocal(scene));
    }
}
