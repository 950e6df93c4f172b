package statewise.app.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import statewise.app.actions.ActionRegistry;
import statewise.app.canvas.CanvasActions;
import statewise.app.canvas.CanvasView;
import statewise.app.debug.DebuggerView;
import statewise.app.debug.EditorBreakpoints;
import statewise.app.editor.AslEditor;
import statewise.app.export.ExportActions;
import statewise.app.files.Autosave;
import statewise.app.files.RecoveryStore;
import statewise.app.files.Template;
import statewise.app.fx.EngineExecutor;
import statewise.app.fx.FxThread;
import statewise.app.fx.Jobs;
import statewise.app.inspector.InspectorView;
import statewise.app.mocks.MockEditorActions;
import statewise.app.outline.StateOutlineView;
import statewise.app.palette.PaletteView;
import statewise.app.outline.StateRows;
import statewise.app.prefs.SettingsStore;
import statewise.app.prefs.UserSettings;
import statewise.app.problems.ProblemSummary;
import statewise.app.problems.ProblemsView;
import statewise.app.session.DocumentChange;
import statewise.app.session.DocumentSession;
import statewise.app.session.SessionDocument;
import statewise.app.theme.ThemeChoice;
import statewise.app.theme.ThemeMenu;
import statewise.app.theme.ThemeSwitcher;
import statewise.engine.document.AslDocument;

/**
 * The designer's window: menus and toolbar, the palette and the state outline on the left, the diagram canvas in
 * the centre, the ASL editor on the right, the problems list below and the status bar. Every pane is a view of one
 * {@link DocumentSession}; this class only assembles them, tracks the title and the verdict, and decides what
 * happens on close. Built in code; only the FX thread uses it.
 */
public final class MainWindow {

    /** The window title without a file; with one it is {@code Statewise — name}. */
    public static final String APP_NAME = WindowTitle.APP_NAME;

    /** On screens too small for the remembered size, the window takes at most this share of each dimension. */
    private static final double SCREEN_SHARE = 0.95;
    private static final String STYLESHEET = "statewise.css";

    private final Stage stage;
    private final DocumentSession session;
    private final WindowOptions options;
    private final WindowSettings settings;
    private final ActionRegistry actions = new ActionRegistry();
    private final StatusBar status = new StatusBar();
    private final Jobs jobs = new Jobs(FxThread.UI);
    private final AslEditor editor;
    private final StateOutlineView outline;
    private final CanvasView canvas;
    private final ProblemsView problems;
    private final DebuggerView debugger;
    private final InspectorView inspector;
    private final ExportActions exports;
    private final FileActions files;
    private final PaneLayout panes;
    private final @Nullable Autosave autosave;
    private final @Nullable RecoveryStore recovery;

    private MainWindow(Stage stage, ScheduledExecutorService engine, WindowOptions options) {
        this.stage = stage;
        this.options = options;
        this.session = new DocumentSession(engine, FxThread.UI);
        this.settings = new WindowSettings(new SettingsStore(options.directories().settingsFile()),
                options.persistent());
        this.editor = new AslEditor(session);
        this.outline = new StateOutlineView(session);
        this.canvas = new CanvasView(session, EngineExecutor.create("layout"), jobs, status::note);
        StartupWarmUp.sampleLayout().ifPresent(canvas::offerLayout);
        canvas.minimapFoldedProperty().set(settings.get().minimapFolded());
        canvas.minimapFoldedProperty().addListener((property, old, folded) ->
                settings.update(s -> s.withMinimapFolded(folded)));
        canvas.gridShownProperty().set(!settings.get().gridHidden());
        canvas.gridShownProperty().addListener((property, old, shown) ->
                settings.update(s -> s.withGridHidden(!shown)));
        this.problems = new ProblemsView(session, diagnostic -> editor.showSpan(diagnostic.span()));
        status.track(jobs);
        this.debugger = new DebuggerView(session, canvas, actions,
                options.directories().config().resolve(DebuggerView.MEMORY_FILE), engine, () -> stage);
        EditorBreakpoints.attach(editor, debugger.breakpoints(), session);
        RunJobs.track(debugger.model(), jobs);
        MockEditorActions.register(actions, session, debugger.model(), () -> stage, engine);
        this.inspector = new InspectorView(session, EngineExecutor.create("preview"),
                debugger.model().options().recentInputs());
        this.files = new FileActions(stage, session, engine, jobs, settings, status::note, inspector::commitPending);
        this.panes = new PaneLayout(canvas.node(), inspector.dock(editor.node(), settings.get().inspectorShare()),
                debugger.dock(problems.node()), settings.get());
        SplitPane left = new SplitPane(new PaletteView(canvas).node(), outline.node());
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.42);
        left.getStyleClass().add("left-column");
        panes.setLeft(left);
        if (options.persistent()) {
            recovery = new RecoveryStore(options.directories().recoveryFolder());
            autosave = new Autosave(session, recovery, engine,
                    RecoveryStore.newId(ProcessHandle.current().pid(), 1), Clock.systemUTC(), Autosave.DELAY);
            autosave.start();
        } else {
            recovery = null;
            autosave = null;
        }
        WindowActions.register(this, actions);
        CanvasActions.register(actions, canvas);
        this.exports = ExportActions.register(actions, session, () -> stage, status::note, canvas::layout, jobs);
        session.addListener(this::changed);
        session.nameProperty().addListener((property, old, name) -> updateTitle());
        session.dirtyProperty().addListener((property, old, dirty) -> updateTitle());
        editor.area().caretPositionProperty().addListener((property, old, caret) ->
                status.showCaret(editor.area().getCurrentParagraph() + 1, editor.area().getCaretColumn() + 1));
    }

    /** Shows the window on {@code stage} and opens {@code file}, or the order-processing sample when it is null. */
    public static MainWindow open(Stage stage, ScheduledExecutorService engine, @Nullable Path file,
            WindowOptions options) {
        MainWindow window = new MainWindow(stage, engine, options);
        window.showStage();
        if (file == null) {
            window.files.openTemplate(Template.ORDER_PROCESSING);
        } else {
            window.files.open(file);
        }
        RecoveryStore store = window.recovery;
        if (store != null) {
            FxThread.UI.execute(() -> window.files.offerRecovery(store));
        }
        return window;
    }

    public DocumentSession session() {
        return session;
    }

    public ActionRegistry actions() {
        return actions;
    }

    public AslEditor editor() {
        return editor;
    }

    public CanvasView canvas() {
        return canvas;
    }

    public InspectorView inspector() {
        return inspector;
    }

    public ExportActions exports() {
        return exports;
    }

    public DebuggerView debugger() {
        return debugger;
    }

    /** The window's long operations, shown in the status bar with progress and a cancel button. */
    public Jobs jobs() {
        return jobs;
    }

    /** Puts a view in the centre of the window (the canvas, once it exists), in place of the state outline. */
    public void setCentre(Region view) {
        panes.setCentre(view);
    }

    /** Puts a view on the left of the window (the palette, once it exists). */
    public void setLeft(@Nullable Region view) {
        panes.setLeft(view);
    }

    /** Shows a short message in the status bar, e.g. why an edit was refused. */
    public void note(String message) {
        status.note(message);
    }

    FileActions files() {
        return files;
    }

    PaneLayout panes() {
        return panes;
    }

    StateOutlineView outline() {
        return outline;
    }

    Stage stage() {
        return stage;
    }

    WindowSettings settings() {
        return settings;
    }

    /** Closes the window after asking about unsaved changes; false when the user cancelled. */
    boolean requestClose() {
        if (!files.confirmDiscard()) {
            return false;
        }
        shutDown();
        stage.close();
        return true;
    }

    private void showStage() {
        BorderPane root = new BorderPane(panes.node());
        root.setTop(new VBox(WindowMenus.menuBar(actions, () -> settings.get().recentFiles(),
                files::confirmAndOpen, () -> settings.update(UserSettings::withoutRecentFiles),
                ThemeMenu.menu(this::chooseTheme)),
                WindowMenus.toolBar(actions)));
        root.setBottom(status.node());
        root.getStyleClass().add("main-window");
        UserSettings.WindowBounds bounds = settings.get().window();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = Double.isNaN(options.width())
                ? new Scene(root, Math.min(bounds.width(), screen.getWidth() * SCREEN_SHARE),
                        Math.min(bounds.height(), screen.getHeight() * SCREEN_SHARE))
                : new Scene(root, options.width(), options.height());
        ThemeChoice theme = options.theme();
        ThemeSwitcher.show(theme != null ? theme
                : options.persistent() ? ThemeChoice.fromSetting(settings.get().theme()) : ThemeChoice.LIGHT);
        scene.getStylesheets().addAll(ThemeSwitcher.current().stylesheet(),
                Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                () -> actions.run(ActionRegistry.REDO));
        if (!Double.isNaN(bounds.x()) && screen.contains(bounds.x() + 40, bounds.y() + 40)) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setMaximized(bounds.maximized() && options.persistent());
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            if (!files.confirmDiscard()) {
                event.consume();
            } else {
                shutDown();
            }
        });
        updateTitle();
        stage.show();
        editor.area().requestFocus();
    }

    /** View → Theme: switches every open window and remembers the choice. */
    private void chooseTheme(ThemeChoice choice) {
        settings.update(s -> s.withTheme(choice.id()));
        ThemeSwitcher.choose(choice);
    }

    private void shutDown() {
        files.stopWatching();
        if (autosave != null) {
            autosave.discard();
        }
        if (options.persistent()) {
            UserSettings.WindowBounds bounds = new UserSettings.WindowBounds(stage.getX(), stage.getY(),
                    stage.getScene().getWidth(), stage.getScene().getHeight(), stage.isMaximized());
            settings.update(s -> panes.capture(s, bounds).withInspectorShare(inspector.formShare()));
        }
    }

    private void updateTitle() {
        stage.setTitle(WindowTitle.of(session.nameProperty().get(), session.dirtyProperty().get()));
    }

    private void changed(DocumentChange change) {
        SessionDocument document = change.current();
        if (document.analysed()) {
            AslDocument parsed = document.modelDocument();
            ProblemSummary summary = ProblemSummary.of(document.diagnostics(), StateRows.count(parsed));
            status.show(summary, document.stale(), describe(document.analysis().document()));
        }
    }

    private static String describe(AslDocument document) {
        String kind = document.kind() == AslDocument.Kind.STATE ? "single state" : "state machine";
        return document.format().name() + " · " + kind;
    }
}
