package statewise.app.files;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import statewise.engine.cli.DefinitionFile;
import statewise.engine.cli.UnreadableInputException;

/**
 * Notices when the open file is changed by another program. It looks at the file's size and time every moment on
 * a background thread and, when they moved, compares the text with what was last read or saved; only a real
 * change of content is reported, once, on the UI thread. The window then asks whether to reload.
 */
public final class DiskWatcher {

    /** How often the file is looked at. */
    public static final Duration PERIOD = Duration.ofMillis(750);

    private static final System.Logger LOG = System.getLogger(DiskWatcher.class.getName());

    /** The file as the session last knew it. */
    private record Known(Path file, FileStamp stamp, String text) {
    }

    private final AtomicReference<@Nullable Known> known = new AtomicReference<>();
    private final ScheduledFuture<?> polling;
    private final Executor ui;
    private final Consumer<Path> onChanged;

    /** Starts looking; {@code onChanged} runs on {@code ui} with the file that changed. */
    public DiskWatcher(ScheduledExecutorService executor, Executor ui, Consumer<Path> onChanged) {
        this.ui = ui;
        this.onChanged = onChanged;
        this.polling = executor.scheduleWithFixedDelay(this::poll, PERIOD.toMillis(), PERIOD.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The file now holds {@code text} as of {@code stamp} (just opened or saved); null watches nothing. */
    public void watch(@Nullable Path file, @Nullable FileStamp stamp, String text) {
        known.set(file == null || stamp == null ? null : new Known(file, stamp, text));
    }

    public void stop() {
        polling.cancel(false);
    }

    private void poll() {
        Known watched = known.get();
        if (watched == null) {
            return;
        }
        Optional<FileStamp> now = FileStamp.of(watched.file());
        if (now.isEmpty() || now.get().equals(watched.stamp())) {
            return;
        }
        String text;
        try {
            text = DefinitionFile.read(watched.file(), watched.file().getFileName().toString());
        } catch (UnreadableInputException e) {
            LOG.log(Level.DEBUG, "Changed file not readable yet: " + e.getMessage());
            return;
        }
        Known updated = new Known(watched.file(), now.get(), text);
        if (!known.compareAndSet(watched, updated) || text.equals(watched.text())) {
            return;
        }
        ui.execute(() -> onChanged.accept(watched.file()));
    }
}
