package statewise.app.session;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.FxThread;
import statewise.engine.cli.UnreadableInputException;

/**
 * Owns the definition the window shows. Opening reads, parses and validates on the engine executor and hands the
 * result back to the FX thread in one step; a result for an open that a newer one has overtaken is dropped.
 * Views bind to its read-only properties. Only the FX thread calls it.
 */
public final class DocumentSession {

    private static final System.Logger LOG = System.getLogger(DocumentSession.class.getName());

    /** Work that produces a definition or says why it cannot. */
    @FunctionalInterface
    interface Load {
        OpenedDefinition run() throws UnreadableInputException;
    }

    private final Executor engine;
    private final ReadOnlyObjectWrapper<@Nullable OpenedDefinition> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private Consumer<LoadFailure> onFailure = failure -> { };
    private long revision;

    public DocumentSession(Executor engine) {
        this.engine = engine;
    }

    /** The open definition; null until the first open succeeds. */
    public ReadOnlyObjectProperty<@Nullable OpenedDefinition> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** True while a definition is being read and validated. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Told, on the FX thread, when a definition cannot be opened; the current one then stays open. */
    public void setOnFailure(Consumer<LoadFailure> handler) {
        onFailure = handler;
    }

    public void open(Path file) {
        start(DefinitionLoader.displayName(file), file.toAbsolutePath().toString(), () -> DefinitionLoader.load(file));
    }

    public void openSample() {
        start(DefinitionLoader.SAMPLE_NAME, DefinitionLoader.SAMPLE_NAME, DefinitionLoader::sample);
    }

    private void start(String name, String location, Load load) {
        FxThread.check();
        long started = ++revision;
        loading.set(true);
        engine.execute(() -> {
            LoadResult outcome = attempt(name, location, load);
            FxThread.run(() -> finish(started, outcome));
        });
    }

    private static LoadResult attempt(String name, String location, Load load) {
        try {
            return load.run();
        } catch (UnreadableInputException e) {
            return new LoadFailure(name, location, e.reason());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Opening " + location + " failed", e);
            return new LoadFailure(name, location, "could not be opened (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void finish(long started, LoadResult outcome) {
        if (started != revision) {
            return;
        }
        loading.set(false);
        if (outcome instanceof OpenedDefinition opened) {
            current.set(opened);
        } else if (outcome instanceof LoadFailure failure) {
            onFailure.accept(failure);
        }
    }
}
