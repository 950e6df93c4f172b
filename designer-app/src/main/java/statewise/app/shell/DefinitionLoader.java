package statewise.app.shell;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.stage.Stage;
import statewise.app.files.DiskWatcher;
import statewise.app.files.LoadFailure;
import statewise.app.files.LoadResult;
import statewise.app.files.LoadedDefinition;
import statewise.app.fx.EngineExecutor;
import statewise.app.fx.Jobs;
import statewise.app.session.DocumentSession;

/**
 * Reads a definition off the FX thread and hands it to the session in one go: as a job on a thread of its own, so
 * a slow read shows in the status bar and can be cancelled (which interrupts and abandons it, so the next open
 * never waits behind it), and an open that a newer one overtook is dropped. A definition read from a file is then
 * watched for changes on disk and remembered among the recent files; a read that failed is shown in a dialog.
 */
final class DefinitionLoader {

    /** What a finished read does to the session. */
    enum Mode {
        /** Replace the document; it matches its file. */
        OPEN,
        /** Replace the document, keeping the views' place; it matches its file. */
        RELOAD,
        /** Replace the document with a recovered draft, which differs from any file. */
        RECOVER
    }

    /** Work that reads a definition off the FX thread. */
    @FunctionalInterface
    interface Reading {
        LoadResult read();
    }

    private final Stage stage;
    private final DocumentSession session;
    private final Jobs jobs;
    private final WindowSettings settings;
    private final DiskWatcher watcher;
    private final Consumer<String> note;
    private final ExecutorService reader = EngineExecutor.abandonable("open");
    private long opening;

    DefinitionLoader(Stage stage, DocumentSession session, Jobs jobs, WindowSettings settings, DiskWatcher watcher,
            Consumer<String> note) {
        this.stage = stage;
        this.session = session;
        this.jobs = jobs;
        this.settings = settings;
        this.watcher = watcher;
        this.note = note;
    }

    /** Reads as a job shown as "Opening {@code what}"; its result replaces the session's document per {@code mode}. */
    void load(Reading reading, Mode mode, String what) {
        long started = begin();
        jobs.submit(reader, "Opening " + what, job -> reading.read(), result -> finish(started, result, mode));
    }

    /** Starts an open that does its own reading first; only the latest one started is {@link #current}. */
    long begin() {
        return ++opening;
    }

    /** True when no open started after {@code started}. */
    boolean current(long started) {
        return started == opening;
    }

    private void finish(long started, LoadResult result, Mode mode) {
        if (!current(started)) {
            return;
        }
        if (result instanceof LoadedDefinition loaded) {
            if (mode == Mode.RELOAD) {
                session.reload(loaded.source(), loaded.analysis(), loaded.positions());
            } else {
                session.load(loaded.source(), loaded.analysis(), loaded.positions(), mode == Mode.OPEN);
            }
            Path file = loaded.source().file();
            watcher.watch(file, loaded.stamp(), loaded.analysis().document().text());
            if (file != null) {
                settings.update(s -> s.withRecent(file.toString()));
            }
            loaded.notes().forEach(note);
        } else if (result instanceof LoadFailure failure) {
            if (failure.reason().equals("no such file")) {
                settings.update(s -> s.withoutRecent(failure.location()));
            }
            Dialogs.showOpenFailure(stage, failure);
        }
    }
}
