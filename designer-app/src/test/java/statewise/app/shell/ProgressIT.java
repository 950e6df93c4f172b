package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.actions.ActionRegistry;
import statewise.app.debug.DebugActions;
import statewise.app.debug.DebuggerViewModel;
import statewise.app.fx.Job;
import statewise.app.session.NodePositions;
import statewise.layout.LayoutResult;
import statewise.layout.PlacedNode;

/** A long operation shows in the status bar after a moment, and its cancel button really stops it. */
class ProgressIT {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();
    private final ExecutorService writer = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        writer.shutdownNow();
    }

    @Test
    void aStuckOpenShowsProgressAndCancellingFreesTheWindowForTheNextFile(FxRobot robot) throws Exception {
        fixture.awaitOpened("order-processing.asl.json");
        Path pipe = fixture.newFolder("statewise-it-pipe").resolve("stuck.asl.json");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "needs mkfifo");
        Future<OutputStream> silentWriter = writer.submit(() -> Files.newOutputStream(pipe));

        robot.interact(() -> fixture.window.files().open(pipe));
        WindowFixture.await(() -> robot.lookup("#" + JobIndicator.ID).tryQuery().map(Node::isVisible).orElse(false));
        assertEquals(1, fixture.window.jobs().running().size());
        assertEquals("Opening stuck.asl.json", fixture.window.jobs().running().get(0).title());

        robot.interact(() -> robot.lookup("#" + JobIndicator.CANCEL_ID).queryAs(Button.class).fire());

        assertEquals(0, fixture.window.jobs().running().size());
        assertFalse(robot.lookup("#" + JobIndicator.ID).query().isVisible());
        Path next = fixture.copyOfTemplate("hello-world.asl.json");
        robot.interact(() -> fixture.window.files().open(next));
        fixture.awaitOpened("hello-world.asl.json");
        silentWriter.get(10, TimeUnit.SECONDS).close();
        assertEquals("Statewise — hello-world.asl.json", fixture.stage.getTitle());
    }

    @Test
    void cancellingATidyUpOfAThousandStatesLeavesTheDocumentAndTheDiagramAsTheyWere(FxRobot robot)
            throws Exception {
        Path big = fixture.newFolder("statewise-it-big").resolve("big.asl.json");
        Files.copy(Path.of("..", "..", "shared", "bench", "workflows", "big.asl.json"), big);
        robot.interact(() -> fixture.window.files().open(big));
        awaitLong(() -> fixture.window.session().nameProperty().get().equals("big.asl.json")
                && fixture.window.canvas().idle());
        String pinned = fixture.window.canvas().layout().nodes().stream().map(PlacedNode::id)
                .filter(id -> id.startsWith("/States/")).findFirst().orElseThrow();
        NodePositions pins = new NodePositions(Map.of(pinned, new NodePositions.Position(40, 4000)));
        robot.interact(() -> fixture.window.session().replacePositions(pins, "Move state", null));
        awaitLong(() -> fixture.window.canvas().idle());
        LayoutResult before = fixture.window.canvas().layout();
        String undo = fixture.window.session().undoLabelProperty().get();

        // Cancelled in the same UI-thread turn that starts it: on a quiet machine the layout may end within the
        // indicator's 300 ms delay, and its result only counts once it reaches the UI thread after this turn.
        String[] title = new String[1];
        robot.interact(() -> {
            fixture.window.actions().run(ActionRegistry.TIDY_UP);
            Job tidy = fixture.window.jobs().running().get(0);
            title[0] = tidy.title();
            tidy.cancel();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Tidying up the layout", title[0]);

        assertEquals(0, fixture.window.jobs().running().size());
        assertTrue(fixture.window.canvas().idle());
        assertEquals(pins, fixture.window.session().document().positions());
        assertEquals(undo, fixture.window.session().undoLabelProperty().get());
        assertSame(before, fixture.window.canvas().layout());
        assertFalse(robot.lookup("#" + JobIndicator.ID).tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void aRunIsAJobThatCountsItsMapItemsAndCancellingItStopsTheExecution(FxRobot robot) throws Exception {
        Path file = fixture.newFolder("statewise-it-map").resolve("each.asl.json");
        Files.writeString(file, """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items", "End": true,
                  "ItemProcessor": {"StartAt": "Work", "States": {"Work": {"Type": "Pass", "End": true}}}}}}
                """);
        robot.interact(() -> fixture.window.files().open(file));
        fixture.awaitOpened("each.asl.json");
        DebuggerViewModel debugger = fixture.window.debugger().model();
        robot.interact(() -> {
            debugger.options().inputProperty().set("{\"items\": " + IntStream.range(0, 50).boxed().toList() + "}");
            fixture.window.session().select("/States/Each/ItemProcessor/States/Work", null);
            fixture.window.actions().run(DebugActions.TOGGLE_BREAKPOINT);
            fixture.window.actions().run(DebugActions.DEBUG);
        });
        WindowFixture.await(() -> debugger.pausedProperty().get() != null
                && robot.lookup("#" + JobIndicator.ID).tryQuery().map(Node::isVisible).orElse(false));

        Job run = fixture.window.jobs().running().get(0);
        assertTrue(run.title().startsWith("Running "), run.title());
        assertEquals("0 states done · 0 of 50 Map items", run.detailProperty().get());
        assertEquals(0.0, run.progressProperty().get());
        robot.interact(() -> robot.lookup("#" + JobIndicator.CANCEL_ID).queryAs(Button.class).fire());

        WindowFixture.await(() -> debugger.liveProperty().get() == null);
        assertEquals(0, fixture.window.jobs().running().size());
        assertFalse(robot.lookup("#" + JobIndicator.ID).query().isVisible());
    }

    /** Opening and laying out a thousand states takes a while on a loaded machine. */
    private static void awaitLong(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
