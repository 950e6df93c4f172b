package statewise.app.shell;

import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import statewise.app.examples.Example;
import statewise.app.examples.ExampleCopy;
import statewise.app.files.DefinitionFiles;
import statewise.app.files.DiskWatcher;
import statewise.app.files.Draft;
import statewise.app.files.FileStamp;
import statewise.app.files.LoadedDefinition;
import statewise.app.files.RecoveryStore;
import statewise.app.files.Template;
import statewise.app.fx.FxThread;
import statewise.app.fx.Jobs;
import statewise.app.session.Analysis;
import statewise.app.session.DocumentSession;
import statewise.app.session.DocumentSource;
import statewise.app.session.SessionDocument;
import statewise.app.session.NodePositions;
import statewise.engine.document.DocumentFormat;

/**
 * File → New, Open, Import from a CloudFormation or SAM template ({@link TemplateImport}), Save, Save As, recent
 * files, reloading a file changed elsewhere and restoring drafts after a crash. Reading happens off the FX thread
 * ({@link DefinitionLoader}). Every path that would drop unsaved work asks first.
 */
final class FileActions {

    private static final System.Logger LOG = System.getLogger(FileActions.class.getName());

    private final Stage stage;
    private final DocumentSession session;
    private final ScheduledExecutorService engine;
    private final WindowSettings settings;
    private final DiskWatcher watcher;
    private final DefinitionLoader loader;
    private final TemplateImport templates;
    private final Consumer<String> note;
    private final Runnable commitPending;
    private boolean askingReload;

    /**
     * {@code commitPending} commits what the user typed in a view and has not committed yet (the inspector's
     * focused field): it runs before saving and before anything that asks about unsaved changes, so that value is
     * saved or asked about like any other change.
     */
    FileActions(Stage stage, DocumentSession session, ScheduledExecutorService engine, Jobs jobs,
            WindowSettings settings, Consumer<String> note, Runnable commitPending) {
        this.stage = stage;
        this.session = session;
        this.engine = engine;
        this.settings = settings;
        this.note = note;
        this.commitPending = commitPending;
        this.watcher = new DiskWatcher(engine, FxThread.UI, this::changedOnDisk);
        this.loader = new DefinitionLoader(stage, session, jobs, settings, watcher, note);
        this.templates = new TemplateImport(stage, engine, loader);
    }

    /** Starts a new definition from {@code template}, after asking about unsaved changes. */
    void newFrom(Template template) {
        if (confirmDiscard()) {
            load(template::load, DefinitionLoader.Mode.OPEN);
        }
    }

    /** Starts a new definition from {@code template} without asking about unsaved changes (there are none). */
    void openTemplate(Template template) {
        load(template::load, DefinitionLoader.Mode.OPEN);
    }

    /** Opens {@code file} without asking about unsaved changes (the caller has). */
    void open(Path file) {
        loader.load(() -> DefinitionFiles.attempt(file), DefinitionLoader.Mode.OPEN,
                String.valueOf(file.getFileName()));
    }

    /** Opens {@code file}, after asking about unsaved changes. */
    void confirmAndOpen(Path file) {
        if (confirmDiscard()) {
            open(file);
        }
    }

    /** Opens a fresh copy of {@code example}, with its sidecars, after asking about unsaved changes. */
    void openExample(Example example) {
        if (confirmDiscard()) {
            loader.load(() -> ExampleCopy.open(example, ExampleCopy.defaultParent()), DefinitionLoader.Mode.OPEN,
                    example.title());
        }
    }

    void chooseAndOpen() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser("Open ASL Definition");
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Asks for a CloudFormation or SAM template and opens one of its state machines as a new definition. */
    void chooseAndImportTemplate() {
        if (confirmDiscard()) {
            templates.choose();
        }
    }

    /**
     * Reads the template {@code file} on the engine executor and opens the state machine the user picks (the only
     * one at once) as a new, untitled definition; its {@code ${...}} substitutions stay placeholders.
     */
    void importTemplate(Path file) {
        templates.importFrom(file);
    }

    /** Saves to the definition's file, or asks for one. True when saved. */
    boolean save() {
        commitPending.run();
        Path file = session.fileProperty().get();
        return file == null ? saveAs() : saveTo(file);
    }

    /** Asks where to save, then saves there. True when saved. */
    boolean saveAs() {
        commitPending.run();
        FileChooser chooser = chooser("Save ASL Definition");
        chooser.setInitialFileName(session.nameProperty().get());
        File chosen = chooser.showSaveDialog(stage);
        return chosen != null && saveTo(withDefinitionSuffix(chosen.toPath()));
    }

    /** Writes the document (and its layout file) to {@code file} atomically. True when saved. */
    boolean saveTo(Path file) {
        SessionDocument document = session.document();
        try {
            FileStamp stamp = DefinitionFiles.save(file, document.text(), document.positions());
            Path absolute = file.toAbsolutePath();
            DocumentSource source = DocumentSource.of(absolute);
            session.markSaved(source);
            watcher.watch(absolute, stamp, document.text());
            settings.update(s -> s.withRecent(absolute.toString()));
            note.accept("Saved " + source.name());
            return true;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Saving " + file + " failed", e);
            Dialogs.showError(stage, "Cannot save " + file.getFileName(), describe(e) + "\n\n" + file.toAbsolutePath());
            return false;
        }
    }

    /** True when there are no unsaved changes, or the user saved or chose to drop them. */
    boolean confirmDiscard() {
        commitPending.run();
        if (!session.dirtyProperty().get()) {
            return true;
        }
        return switch (Dialogs.askSave(stage, session.nameProperty().get())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Offers the newest draft a crash left behind; restoring it opens it as unsaved work. */
    void offerRecovery(RecoveryStore store) {
        store.orphans().stream().findFirst().ifPresent(draft -> {
            if (Dialogs.askRestore(stage, draft)) {
                restore(draft);
            }
            engine.execute(() -> deleteQuietly(store, draft));
        });
    }

    void stopWatching() {
        watcher.stop();
    }

    private void restore(Draft draft) {
        Path file = draft.file() == null ? null : Path.of(draft.file());
        DocumentSource source = new DocumentSource(draft.name(), file);
        load(() -> new LoadedDefinition(source, Analysis.of(draft.name(), draft.text()), draft.positions(), null,
                List.of()), DefinitionLoader.Mode.RECOVER);
    }

    private void changedOnDisk(Path file) {
        if (askingReload || !file.equals(session.fileProperty().get())) {
            return;
        }
        askingReload = true;
        try {
            commitPending.run();
            if (Dialogs.askReload(stage, session.nameProperty().get(), session.dirtyProperty().get())) {
                loader.load(() -> DefinitionFiles.attempt(file), DefinitionLoader.Mode.RELOAD,
                        String.valueOf(file.getFileName()));
            } else {
                session.markModified();
            }
        } finally {
            askingReload = false;
        }
    }

    private void load(DefinitionLoader.Reading reading, DefinitionLoader.Mode mode) {
        loader.load(reading, mode, "definition");
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("ASL definitions (*.asl.json, *.asl.yaml, *.asl.yml, *.json)",
                        "*.asl.json", "*.asl.yaml", "*.asl.yml", "*.json", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path current = session.fileProperty().get();
        Path folder = current == null ? null : current.toAbsolutePath().getParent();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    /** A chosen name without a definition suffix gets the one that matches the text's notation. */
    private Path withDefinitionSuffix(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")) {
            return file;
        }
        String suffix = session.document().format() == DocumentFormat.YAML
                ? ".asl.yaml" : ".asl.json";
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "The folder does not exist.";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied.";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(RecoveryStore store, Draft draft) {
        try {
            store.delete(draft.id());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the recovery draft " + draft.id() + ": " + e);
        }
    }
}
