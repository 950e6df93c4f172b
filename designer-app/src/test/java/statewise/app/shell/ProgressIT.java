package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A long operation shows in the status bar after a moment, and its cancel button really stops it. */
@ExtendWith(ApplicationExtension.class)
class ProgressIT {

    private final WindowFixture fixture = new WindowFixture();
    private final ExecutorService writer = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage primary) {
        fixture.open(primary, null);
    }

    @AfterEach
    void stop() {
        writer.shutdownNow();
        fixture.close();
    }

    @Test
    void aStuckOpenShowsProgressAndCancellingFreesTheWindowForTheNextFile(FxRobot robot) throws Exception {
        fixture.awaitOpened("order-processing.asl.json");
        Path pipe = Files.createTempDirectory("statewise-it-pipe").resolve("stuck.asl.json");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "needs mkfifo");
        Future<OutputStream> silentWriter = writer.submit(() -> Files.newOutputStream(pipe));

        robot.interact(() -> fixture.window.files().open(pipe));
        WindowFixture.await(() -> robot.lookup("#" + JobIndicator.ID).tryQuery().map(Node::isVisible).orElse(false));
        assertEquals(1, fixture.window.jobs().running().size());
        assertEquals("Opening stuck.asl.json", fixture.window.jobs().running().get(0).title());

        robot.interact(() -> robot.lookup("#" + JobIndicator.CANCEL_ID).queryAs(Button.class).fire());

        assertEquals(0, fixture.window.jobs().running().size());
        assertFalse(robot.lookup("#" + JobIndicator.ID).query().isVisible());
        Path next = WindowFixture.copyOfTemplate("hello-world.asl.json");
        robot.interact(() -> fixture.window.files().open(next));
        fixture.awaitOpened("hello-world.asl.json");
        silentWriter.get(10, TimeUnit.SECONDS).close();
        assertEquals("Statewise — hello-world.asl.json", fixture.stage.getTitle());
    }
}
