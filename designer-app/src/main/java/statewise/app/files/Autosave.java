package statewise.app.files;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import statewise.app.session.DocumentChange;
import statewise.app.session.DocumentSession;
import statewise.app.session.SessionDocument;

/**
 * Copies unsaved work to the recovery folder a moment after each change, on a background thread, and removes the
 * copy once the work is saved or the window closes normally. What a crash leaves behind is offered back at the next
 * start (see {@link RecoveryStore#orphans()}).
 */
public final class Autosave {

    /** How long after the last change the draft is written. */
    public static final Duration DELAY = Duration.ofSeconds(2);

    private static final System.Logger LOG = System.getLogger(Autosave.class.getName());

    private final DocumentSession session;
    private final RecoveryStore store;
    private final ScheduledExecutorService executor;
    private final String id;
    private final Clock clock;
    private final long delayMillis;
    private @Nullable ScheduledFuture<?> pending;

    public Autosave(DocumentSession session, RecoveryStore store, ScheduledExecutorService executor, String id,
            Clock clock, Duration delay) {
        this.session = session;
        this.store = store;
        this.executor = executor;
        this.id = id;
        this.clock = clock;
        this.delayMillis = delay.toMillis();
    }

    /** Starts following the session. */
    public void start() {
        session.addListener(this::changed);
        session.dirtyProperty().addListener((property, was, dirty) -> {
            if (!dirty) {
                discard();
            }
        });
    }

    /** The window closes normally: nothing needs recovering. */
    public void discard() {
        cancel();
        executor.execute(this::deleteDraft);
    }

    private void changed(DocumentChange change) {
        if (!session.dirtyProperty().get() || !(change.textChanged() || !change.current().positions()
                .equals(change.previous().positions()))) {
            return;
        }
        cancel();
        SessionDocument document = change.current();
        Path file = session.fileProperty().get();
        Draft draft = new Draft(id, ProcessHandle.current().pid(), file == null ? null : file.toString(),
                session.nameProperty().get(), document.text(), document.positions(), clock.instant());
        pending = executor.schedule(() -> write(draft), delayMillis, TimeUnit.MILLISECONDS);
    }

    private void write(Draft draft) {
        try {
            store.write(draft);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not write the recovery draft to " + store.folder() + ": " + e);
        }
    }

    private void deleteDraft() {
        try {
            store.delete(id);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the recovery draft in " + store.folder() + ": " + e);
        }
    }

    private void cancel() {
        ScheduledFuture<?> scheduled = pending;
        if (scheduled != null) {
            scheduled.cancel(false);
            pending = null;
        }
    }
}
