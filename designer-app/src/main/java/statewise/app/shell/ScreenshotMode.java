package statewise.app.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.Snapshots;
import statewise.app.session.ChangeOrigin;
import statewise.app.session.DocumentSession;

/**
 * {@code statewise open FILE --screenshot out.png}: waits until the window shows the definition, analysed and laid
 * out, and a few frames have passed with nothing left to do, writes a PNG of the window's scene and ends the
 * program. How it ended is kept for the command line, which reports it after the toolkit has stopped.
 */
final class ScreenshotMode {

    /** Frames to wait once everything is loaded, so layout, CSS and fonts have settled. */
    private static final int QUIET_FRAMES = 10;

    /** Give up after this long: something kept the window from loading. */
    private static final long TIMEOUT_NANOS = 60_000_000_000L;

    private static final AtomicReference<@Nullable String> FAILURE = new AtomicReference<>();

    private ScreenshotMode() {
    }

    /** Why the last screenshot failed, or null when it was written. */
    static @Nullable String failure() {
        return FAILURE.get();
    }

    /** Captures {@code window} into {@code output} once it has settled, then exits the toolkit. */
    static void capture(MainWindow window, Path output) {
        DocumentSession session = window.session();
        boolean[] loaded = {false};
        session.addListener(change -> loaded[0] |= change.origin() == ChangeOrigin.LOAD);
        long start = System.nanoTime();
        new AnimationTimer() {
            private int quiet;

            @Override
            public void handle(long now) {
                boolean ready = loaded[0] && session.document().analysed() && window.canvas().idle();
                quiet = ready ? quiet + 1 : 0;
                if (quiet >= QUIET_FRAMES) {
                    stop();
                    write(window, output);
                } else if (System.nanoTime() - start > TIMEOUT_NANOS) {
                    stop();
                    FAILURE.set("the definition did not finish loading within 60 s");
                    Platform.exit();
                }
            }
        }.start();
    }

    private static void write(MainWindow window, Path output) {
        try {
            Snapshots.writePng(window.stage().getScene(), output);
            FAILURE.set(null);
        } catch (IOException e) {
            FAILURE.set("cannot write " + output + ": " + e.getMessage());
        }
        Platform.exit();
    }
}
