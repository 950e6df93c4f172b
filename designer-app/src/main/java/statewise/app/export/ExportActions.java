package statewise.app.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import statewise.app.actions.ActionRegistry;
import statewise.app.actions.AppAction;
import statewise.app.fx.EngineExecutor;
import statewise.app.fx.Jobs;
import statewise.app.session.DocumentSession;
import statewise.app.session.SessionDocument;
import statewise.app.theme.ThemeSwitcher;
import statewise.engine.document.AslDocument;
import statewise.layout.LayoutResult;

/**
 * File → Export: registers one action per {@link ExportKind} and two clipboard copies, and builds the submenu.
 * Each export validates first; a definition with errors is exported only after the user confirms, and the question
 * says what AWS will refuse. The SVG and the PNG draw the diagram the canvas shows, in the theme the window shows
 * unless the user picks another, the PNG at a scale the user picks (1×, 2× or 3×), as a job of the window that
 * shows its progress in the status bar and can be cancelled ({@link DiagramExportJob}).
 */
public final class ExportActions {

    public static final String COPY_JSON = "file.export.copyJson";
    public static final String COPY_YAML = "file.export.copyYaml";

    private static final System.Logger LOG = System.getLogger(ExportActions.class.getName());

    /** Where an export goes: the save dialog in the app; tests name a file instead. */
    @FunctionalInterface
    public interface Target {
        /** The file to write {@code kind} to, {@code suggested} being the proposed name; null when cancelled. */
        @Nullable Path choose(ExportKind kind, String suggested);
    }

    private final DocumentSession session;
    private final Supplier<Window> owner;
    private final Consumer<String> note;
    private final Supplier<LayoutResult> diagram;
    private final Jobs jobs;
    private final ExecutorService drawing = EngineExecutor.abandonable("export");
    private Target target = this::askForFile;

    private ExportActions(DocumentSession session, Supplier<Window> owner, Consumer<String> note,
            Supplier<LayoutResult> diagram, Jobs jobs) {
        this.session = session;
        this.owner = owner;
        this.note = note;
        this.diagram = diagram;
        this.jobs = jobs;
    }

    /**
     * Registers the export actions; they are enabled while the text parses as a state machine. {@code diagram}
     * gives the layout the canvas shows, for the SVG and the PNG, which are drawn as {@code jobs}.
     */
    public static ExportActions register(ActionRegistry actions, DocumentSession session, Supplier<Window> owner,
            Consumer<String> note, Supplier<LayoutResult> diagram, Jobs jobs) {
        ExportActions export = new ExportActions(session, owner, note, diagram, jobs);
        BooleanBinding exportable = Bindings.createBooleanBinding(() -> exportable(session.document()),
                session.documentProperty());
        for (ExportKind kind : ExportKind.values()) {
            actions.register(new AppAction(kind.actionId(), kind.label(), null, null, exportable,
                    () -> export.toFile(kind)));
        }
        actions.register(new AppAction(COPY_JSON, "Copy ASL as JSON", null, null, exportable,
                () -> export.toClipboard(ExportKind.ASL_JSON)));
        actions.register(new AppAction(COPY_YAML, "Copy ASL as YAML", null, null, exportable,
                () -> export.toClipboard(ExportKind.ASL_YAML)));
        return export;
    }

    /** The File → Export submenu. */
    public static Menu menu(ActionRegistry actions) {
        Menu menu = new Menu("_Export");
        menu.setId("menu-export");
        menu.getItems().addAll(actions.menuItem(ExportKind.ASL_JSON.actionId()),
                actions.menuItem(ExportKind.ASL_YAML.actionId()), actions.menuItem(COPY_JSON),
                actions.menuItem(COPY_YAML), new SeparatorMenuItem(),
                actions.menuItem(ExportKind.CLOUDFORMATION.actionId()), actions.menuItem(ExportKind.SAM.actionId()),
                actions.menuItem(ExportKind.TERRAFORM.actionId()), new SeparatorMenuItem(),
                actions.menuItem(ExportKind.SVG.actionId()), actions.menuItem(ExportKind.PNG.actionId()));
        return menu;
    }

    /** Sends the exports to the files {@code chooser} names instead of asking with the save dialog. */
    public void chooseFilesWith(Target chooser) {
        this.target = chooser;
    }

    private static boolean exportable(SessionDocument document) {
        AslDocument parsed = document.analysis().document();
        return document.analysed() && !parsed.hasSyntaxErrors() && parsed.stateMachine() != null;
    }

    private void toFile(ExportKind kind) {
        SessionDocument document = session.document();
        if (!confirmed(document)) {
            return;
        }
        DiagramOptions options = null;
        if (kind.diagram()) {
            options = DiagramOptionsDialog.ask(owner.get(), kind, ThemeSwitcher.current()).orElse(null);
            if (options == null) {
                return;
            }
        }
        Path file = target.choose(kind, baseName() + "." + kind.extension());
        if (file == null) {
            return;
        }
        if (options != null) {
            DiagramExportJob.submit(jobs, drawing, kind, options, diagram.get(), file, note);
            return;
        }
        try {
            Files.write(file, kind.bytes(document.analysis().document(), baseName()));
            note.accept("Exported " + file.getFileName() + ".");
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Export to " + file + " failed", e);
            note.accept("Could not export to " + file + ": " + e.getMessage());
        }
    }

    private @Nullable Path askForFile(ExportKind kind, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + kind.label().replace("_", "").replace("…", ""));
        chooser.setInitialFileName(suggested);
        java.io.File chosen = chooser.showSaveDialog(owner.get());
        return chosen == null ? null : chosen.toPath();
    }

    private void toClipboard(ExportKind kind) {
        SessionDocument document = session.document();
        if (!confirmed(document)) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(new String(kind.bytes(document.analysis().document(), baseName()), StandardCharsets.UTF_8));
        Clipboard.getSystemClipboard().setContent(content);
        note.accept("Copied the definition as " + (kind == ExportKind.ASL_JSON ? "JSON" : "YAML") + ".");
    }

    /** True when the definition has no errors, or the user chose to export it anyway. */
    private boolean confirmed(SessionDocument document) {
        String refusal = ExportCheck.refusal(document.diagnostics());
        if (refusal == null) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, refusal, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setHeaderText("Export a definition with errors?");
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private String baseName() {
        String name = session.nameProperty().get();
        for (String suffix : new String[] {".asl.json", ".asl.yaml", ".asl.yml", ".json", ".yaml", ".yml"}) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
