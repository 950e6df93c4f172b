package statewise.app.shell;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Scene;
import statewise.app.session.ChangeOrigin;
import statewise.app.session.DocumentSession;

/**
 * {@code statewise open --report-startup}: how long the designer took to start, measured by the designer itself so
 * the cold-start benchmark ({@code designer-app/bench/cold-start.sh}) needs no screen scraping. It notes the first
 * frame the window laid out and the first one laid out with the definition loaded, analysed and its diagram drawn
 * with nothing left pending, both in milliseconds since the JVM started, plus the wall clock of the latter so a
 * caller that noted when it started the process can count the launcher too. Only the FX thread uses it.
 */
final class StartupReport implements Runnable {

    private final MainWindow window;
    private final Scene scene;
    private final Consumer<String> done;
    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private boolean loaded;
    private long firstFrame = -1;

    private StartupReport(MainWindow window, Consumer<String> done) {
        this.window = window;
        this.scene = window.stage().getScene();
        this.done = done;
    }

    /**
     * Watches {@code window}, which has just been shown and is loading its definition, and hands the report line
     * to {@code done} at the first frame laid out with its diagram drawn and nothing pending.
     */
    static void watch(MainWindow window, Consumer<String> done) {
        StartupReport report = new StartupReport(window, done);
        DocumentSession session = window.session();
        session.addListener(change -> report.loaded |= change.origin() == ChangeOrigin.LOAD);
        report.scene.addPostLayoutPulseListener(report);
    }

    /**
     * The report line, e.g. {@code startup: first frame 912 ms, ready 1480 ms after the JVM started (cpu 2210 ms);
     * ready at 1795359866665 ms since the epoch}. The processor time the process had used by then (all threads)
     * is the figure to compare on a busy machine, where waiting for a core stretches the others.
     */
    static String line(long firstFrame, long ready, long readyClock) {
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        return String.format(Locale.ROOT, "startup: first frame %d ms, ready %d ms after the JVM started (cpu %d ms);"
                + " ready at %d ms since the epoch", firstFrame, ready, cpu, readyClock);
    }

    /** Called after each layout pass of the window's scene. */
    @Override
    public void run() {
        long now = System.currentTimeMillis();
        if (firstFrame < 0) {
            firstFrame = now;
        }
        if (loaded && window.session().document().analysed() && window.canvas().idle()) {
            scene.removePostLayoutPulseListener(this);
            done.accept(line(firstFrame - jvmStart, now - jvmStart, now));
        }
    }
}
