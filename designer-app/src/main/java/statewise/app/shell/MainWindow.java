package statewise.app.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import statewise.app.actions.ActionRegistry;
import statewise.app.actions.AppAction;
import statewise.app.editor.AslTextView;
import statewise.app.outline.StateOutlineView;
import statewise.app.outline.StateRow;
import statewise.app.outline.StateRows;
import statewise.app.problems.ProblemSummary;
import statewise.app.session.DocumentSession;
import statewise.app.session.LoadFailure;
import statewise.app.session.OpenedDefinition;
import statewise.engine.document.AslDocument;

/**
 * The designer's window: menu bar, the state list beside the definition's text, and the status bar. It is a view
 * of one {@link DocumentSession}: it asks the session to open files and redraws when the session's definition
 * changes. Built in code; only the FX thread uses it.
 */
public final class MainWindow {

    /** The window title without a file; with one it is {@code Statewise — name}. */
    public static final String APP_NAME = "Statewise";

    static final double WIDTH = 1200;
    static final double HEIGHT = 760;

    /** On screens too small for the default size, the window takes at most this share of each dimension. */
    private static final double SCREEN_SHARE = 0.95;

    private static final String STYLESHEET = "statewise.css";

    private final Stage stage;
    private final DocumentSession session;
    private final ActionRegistry actions = new ActionRegistry();
    private final AslTextView text = new AslTextView();
    private final StateOutlineView outline = new StateOutlineView(row -> text.reveal(row.pointer()));
    private final StatusBar status = new StatusBar();

    private MainWindow(Stage stage, DocumentSession session) {
        this.stage = stage;
        this.session = session;
        registerActions();
        session.currentProperty().addListener((property, old, opened) -> {
            if (opened != null) {
                show(opened);
            }
        });
        session.loadingProperty().addListener((property, old, loading) -> {
            if (loading) {
                status.showMessage("Validating…");
            }
        });
        session.setOnFailure(this::showFailure);
    }

    /** Shows the window on {@code stage} and opens {@code file}, or the bundled sample when it is null. */
    public static MainWindow open(Stage stage, Executor engine, @Nullable Path file) {
        DocumentSession session = new DocumentSession(engine);
        MainWindow window = new MainWindow(stage, session);
        window.showStage();
        if (file == null) {
            session.openSample();
        } else {
            session.open(file);
        }
        return window;
    }

    public DocumentSession session() {
        return session;
    }

    private void registerActions() {
        actions.register(new AppAction(ActionRegistry.OPEN, "_Open…",
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseAndOpen));
        actions.register(new AppAction(ActionRegistry.QUIT, "_Quit",
                new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close));
    }

    private void showStage() {
        SplitPane split = new SplitPane(outline.node(), text.node());
        split.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(outline.node(), false);
        BorderPane root = new BorderPane(split);
        root.setTop(menuBar());
        root.setBottom(status.node());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(WIDTH, screen.getWidth() * SCREEN_SHARE),
                Math.min(HEIGHT, screen.getHeight() * SCREEN_SHARE));
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        stage.setTitle(APP_NAME);
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        stage.setScene(scene);
        stage.show();
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        file.getItems().addAll(actions.menuItem(ActionRegistry.OPEN), new SeparatorMenuItem(),
                actions.menuItem(ActionRegistry.QUIT));
        MenuBar bar = new MenuBar(file);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void show(OpenedDefinition opened) {
        stage.setTitle(APP_NAME + " — " + opened.name());
        text.show(opened.document());
        List<StateRow> rows = StateRows.of(opened.document());
        outline.show(rows);
        showVerdict(opened, rows.size());
    }

    private void showVerdict(OpenedDefinition opened, int stateCount) {
        status.show(ProblemSummary.of(opened.diagnostics(), stateCount), describe(opened.document()));
    }

    private static String describe(AslDocument document) {
        String kind = document.kind() == AslDocument.Kind.STATE ? "single state" : "state machine";
        return document.format().name() + " · " + kind + " · read-only";
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open ASL Definition");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("ASL definitions (*.asl.json, *.asl.yaml)",
                        "*.asl.json", "*.asl.yaml", "*.asl.yml", "*.json", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        OpenedDefinition current = session.currentProperty().get();
        Path currentFile = current == null ? null : current.file();
        if (currentFile != null && currentFile.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(currentFile.toAbsolutePath().getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            session.open(chosen.toPath());
        }
    }

    private void showFailure(LoadFailure failure) {
        OpenedDefinition current = session.currentProperty().get();
        if (current != null) {
            showVerdict(current, StateRows.of(current.document()).size());
        } else {
            status.showMessage("No definition open");
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(APP_NAME);
        alert.setHeaderText("Cannot open " + failure.name());
        String reason = failure.reason();
        alert.setContentText(reason.substring(0, 1).toUpperCase(Locale.ROOT) + reason.substring(1) + ".\n\n"
                + failure.location());
        alert.show();
    }
}
