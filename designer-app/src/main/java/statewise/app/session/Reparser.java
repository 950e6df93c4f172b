package statewise.app.session;

import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.UiThread;
import statewise.engine.validate.IncrementalValidator;

/**
 * Reads the session's text again on the engine executor: parse, validate, and which states the new reading changed
 * against the model shown, all off the UI thread, so that publishing the result there costs the views only their
 * own updates. Validation checks again only the states whose text changed since the last reparse
 * ({@link IncrementalValidator}), which gives what a full validation gives. One reparse is pending at a time;
 * scheduling another cancels it. The result reaches the UI thread with the revision it read, and the session drops
 * it if the document has moved on. Once the engine executor has stopped, nothing is read any more.
 */
final class Reparser {

    /**
     * A reparse's result.
     *
     * @param revision the revision whose text was read
     * @param analysis what reading the text gave
     * @param basis    the model the revision showed when the reparse was scheduled
     * @param affected what changed from {@code basis} to {@code analysis} ({@link ChangedStates#between}); null when
     *                 the text did not parse, so the model will not be replaced by it
     */
    record Result(long revision, Analysis analysis, Analysis basis, @Nullable Set<String> affected) {

        /** {@link #affected} when it was found against {@code shown} for {@code next}, else null. */
        @Nullable Set<String> affectedFor(Analysis shown, Analysis next) {
            return shown == basis && next == analysis ? affected : null;
        }
    }

    private static final System.Logger LOG = System.getLogger(Reparser.class.getName());

    private final ScheduledExecutorService engine;
    private final UiThread ui;
    private final Consumer<Result> done;
    private final IncrementalValidator validator = new IncrementalValidator();
    private @Nullable ScheduledFuture<?> pending;

    /** {@code done} gets each result on {@code ui}. */
    Reparser(ScheduledExecutorService engine, UiThread ui, Consumer<Result> done) {
        this.engine = engine;
        this.ui = ui;
        this.done = done;
    }

    /** Reads {@code target}'s text, named {@code fileName} (JSON or YAML), after {@code delayMillis}. */
    void schedule(SessionDocument target, String fileName, long delayMillis) {
        cancel();
        if (engine.isShutdown()) {
            // The application is stopping (an edit committed as its window closed): nothing would show the result.
            return;
        }
        long revision = target.revision();
        String text = target.text();
        Analysis basis = target.model();
        pending = engine.schedule(() -> {
            Result result;
            try {
                Analysis analysis = Analysis.of(fileName, text, validator);
                Set<String> affected = analysis.unreadable() ? null
                        : ChangedStates.between(basis.document(), analysis.document());
                result = new Result(revision, analysis, basis, affected);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Reading the definition failed", e);
                return;
            }
            ui.execute(() -> done.accept(result));
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Drops the pending reparse, if any. */
    void cancel() {
        ScheduledFuture<?> scheduled = pending;
        if (scheduled != null) {
            scheduled.cancel(false);
            pending = null;
        }
    }
}
