package statewise.app.shell;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javafx.application.Application;
import org.jspecify.annotations.Nullable;

/**
 * Starts the JavaFX toolkit on a thread of its own as soon as the program knows the designer will start, while the
 * main thread is still parsing the command line. At start-up both take a few hundred milliseconds on a machine
 * with two cores, the toolkit's part mostly waiting for the display and the renderer; one after the other they
 * were the start's first half second. The application's {@code init} waits for the parsed command line
 * ({@link #request}) before the window is built, and a command that does not start the designer ({@code --help},
 * a file that cannot be read) ends the program with the toolkit unused: the thread is a daemon and no window has
 * been shown.
 */
final class EarlyLaunch {

    /**
     * What the command line asked the designer for.
     *
     * @param file          the definition to open; null for the sample
     * @param screenshot    a picture to write instead of staying open; null to stay open
     * @param theme         the theme's id; null for the remembered one
     * @param reportStartup note how long the start took and exit ({@link StartupReport})
     */
    record Request(@Nullable Path file, DesignerLauncher.@Nullable Screenshot screenshot, @Nullable String theme,
            boolean reportStartup) {
    }

    private static final AtomicReference<@Nullable Thread> LAUNCHER = new AtomicReference<>();
    private static final CompletableFuture<Request> REQUEST = new CompletableFuture<>();
    /** The start of the warning {@link #quietClassPathWarning} drops. */
    static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";
    /** JavaFX's own logger ({@code com.sun.javafx.util.Logging}), held: the logging system keeps loggers weakly. */
    private static volatile @Nullable Logger javafxLog;
    /** Why {@code Application.launch} failed (no display, GTK missing), or null. */
    private static final AtomicReference<@Nullable Throwable> FAILURE = new AtomicReference<>();

    private EarlyLaunch() {
    }

    /** Starts the toolkit and the application on the thread {@code statewise-launch}, once per process. */
    static boolean begin() {
        Thread thread = new Thread(EarlyLaunch::launch, "statewise-launch");
        if (!LAUNCHER.compareAndSet(null, thread)) {
            return false;
        }
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    /**
     * Runs the designer for {@code request} and returns when it has exited; starts the toolkit first unless
     * {@link #begin} did. Rethrows what stopped the toolkit from starting.
     */
    static void run(Request request) {
        begin();
        REQUEST.complete(request);
        Thread launcher = LAUNCHER.get();
        boolean interrupted = false;
        while (launcher != null && launcher.isAlive()) {
            try {
                launcher.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable failure = FAILURE.get();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }

    /** The parsed command line, once the main thread has handed it over; blocks until then. */
    static Request request() {
        return REQUEST.join();
    }

    /**
     * Drops the one warning JavaFX logs at every start when its classes come from the class path ("Unsupported
     * JavaFX configuration..."). That is how Statewise runs by design: the jar, {@code mvn javafx:run} and the
     * packaged app all put JavaFX on the class path (the packaged app's class-data-sharing archive needs it there),
     * and a user cannot act on the warning. Every other message of the {@code javafx} logger, and all of its
     * children's (CSS, layout), still gets through. Done on the launch thread, so commands that never start the
     * toolkit never start the logging system.
     */
    static void quietClassPathWarning() {
        Logger log = Logger.getLogger("javafx");
        log.setFilter(record -> record.getMessage() == null || !record.getMessage().startsWith(CLASS_PATH_WARNING));
        javafxLog = log;
    }

    private static void launch() {
        try {
            quietClassPathWarning();
            Application.launch(StatewiseApplication.class);
        } catch (RuntimeException | LinkageError e) {
            FAILURE.set(e);
        }
    }
}
