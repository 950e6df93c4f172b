package statewise.app.debug;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import statewise.app.actions.ActionRegistry;
import statewise.app.canvas.CanvasView;
import statewise.app.debug.model.BreakpointModel;
import statewise.app.debug.model.RatesFile;
import statewise.app.fx.FxThread;
import statewise.app.session.DocumentSession;

/**
 * The execution debugger pane: a toolbar with run, debug, pause, step, continue and stop; on the left the run
 * options, the executions kept, the test cases and the cost estimate; in the middle the event history; on the right
 * what the paused state holds. Built in code on the FX thread; the models behind it never touch nodes.
 */
public final class DebuggerView {

    public static final String ID = "debugger";
    public static final String MESSAGE_ID = "debug-message";
    public static final String DOCK_ID = "bottom-dock";
    /** The file in the settings folder where recent inputs and breakpoints are remembered. */
    public static final String MEMORY_FILE = "debugger.json";

    private final BorderPane root = new BorderPane();
    private final DebuggerViewModel model;
    private final SuiteViewModel suite;
    private final DocumentSession session;
    private final ActionRegistry actions;
    private final Path memoryFile;
    private final ScheduledExecutorService io;
    private final Supplier<@Nullable Window> owner;
    private final StringProperty strand = new SimpleStringProperty("");
    private boolean built;

    /**
     * Registers the debugger's actions and marks on the canvas now; the pane's content is built when it is first
     * shown (see {@link #node()} and {@link #dock}), since the first frame of the window shows the problems list.
     *
     * @param memoryFile where recent inputs and breakpoints are remembered per workflow
     * @param io         the engine thread files are read and written on
     */
    public DebuggerView(DocumentSession session, CanvasView canvas, ActionRegistry actions, Path memoryFile,
            ScheduledExecutorService io, Supplier<@Nullable Window> owner) {
        this.model = new DebuggerViewModel(session, FxThread.UI, io, memoryFile, Clock.systemUTC());
        this.suite = new SuiteViewModel(session, FxThread.UI, io);
        this.session = session;
        this.actions = actions;
        this.memoryFile = memoryFile;
        this.io = io;
        this.owner = owner;
        DebugActions.register(actions, model, session, owner, io, FxThread.UI);
        root.setId(ID);
        root.getStyleClass().add("debugger");
        new CanvasMarks(canvas, model, strand);
    }

    /** The pane, its content built on the first call. */
    public Region node() {
        build();
        return root;
    }

    private void build() {
        if (built) {
            return;
        }
        built = true;
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.getStyleClass().add("debug-message");
        message.textProperty().bind(model.messageProperty());
        ToolBar bar = new ToolBar(actions.toolbarButton(DebugActions.RUN), actions.toolbarButton(DebugActions.DEBUG),
                new Separator(), actions.toolbarButton(DebugActions.PAUSE),
                actions.toolbarButton(DebugActions.STEP_EVENT), actions.toolbarButton(DebugActions.STEP_STATE),
                actions.toolbarButton(DebugActions.RESUME), actions.toolbarButton(DebugActions.STOP), new Separator(),
                actions.toolbarButton(DebugActions.TOGGLE_BREAKPOINT), actions.toolbarButton(DebugActions.RERUN),
                actions.toolbarButton(DebugActions.RERUN_FROM_HERE),
                new Separator(), message);
        bar.getStyleClass().add("debug-toolbar");
        HistoryView history = new HistoryView(model, session);
        CallbacksView callbacks = new CallbacksView(model.callbacks(), owner, model.messageProperty()::set);
        Tab timelineTab = tab("Timeline", new Region());
        timelineTab.setContent(new TimelineView(model, history::selectEvent, timelineTab.selectedProperty(), strand)
                .node());
        TabPane views = new TabPane(tab("Events", history.node()), timelineTab);
        views.setId("debug-views");
        VBox middle = new VBox(callbacks.node(), views);
        VBox.setVgrow(views, Priority.ALWAYS);
        SplitPane columns = new SplitPane(leftTabs(), middle, new PausedView(model, session).node());
        columns.setOrientation(Orientation.HORIZONTAL);
        columns.setDividerPositions(0.27, 0.73);
        root.setTop(bar);
        root.setCenter(columns);
    }

    private TabPane leftTabs() {
        TabPane left = new TabPane(tab("Run", new RunOptionsView(model.options()).node()),
                tab("Executions", new ExecutionsView(model).node()),
                tab("States", new StatesView(model, session, actions).node()),
                tab("Tests", new SuiteView(suite, model.options()).node()),
                tab("Cost", new CostView(model, () -> session.document().text()
                        .getBytes(StandardCharsets.UTF_8).length, new CostRatesViewModel(FxThread.UI, io,
                        new RatesFile(memoryFile.resolveSibling(CostRatesViewModel.FILE)))).node()));
        left.setId("debug-tabs");
        return left;
    }

    /**
     * The bottom dock of the window: {@code problems} and this debugger as two tabs; the debugger's tab comes to
     * the front when an execution starts or a recorded one is opened. The debugger's content is built when its
     * tab is first selected.
     */
    public TabPane dock(Region problems) {
        Tab problemsTab = tab("Problems", problems);
        Tab debuggerTab = tab("Debugger", root);
        debuggerTab.selectedProperty().addListener((property, old, selected) -> {
            if (selected) {
                build();
            }
        });
        TabPane dock = new TabPane(problemsTab, debuggerTab);
        dock.setId(DOCK_ID);
        dock.getStyleClass().add("bottom-dock");
        dock.setMinHeight(0);
        model.shownProperty().addListener((property, old, shown) -> {
            if (shown != null) {
                dock.getSelectionModel().select(debuggerTab);
            }
        });
        return dock;
    }

    public DebuggerViewModel model() {
        return model;
    }

    /** The breakpoints the canvas and the editor gutter mark. */
    public BreakpointModel breakpoints() {
        return model.breakpoints();
    }

    private static Tab tab(String title, Region content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }
}
