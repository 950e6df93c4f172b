package statewise.app.debug;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import statewise.app.actions.ActionRegistry;
import statewise.app.actions.AppAction;
import statewise.app.debug.model.BreakpointLimit;
import statewise.app.debug.model.BreakpointModel;
import statewise.app.debug.model.RerunPoint;
import statewise.app.fx.UiThread;
import statewise.app.session.DocumentSession;
import statewise.app.session.StatePointers;
import statewise.engine.document.Diagnostic;
import statewise.engine.replay.HistoryReader;

/**
 * Registers the debugger's actions: run (F5), debug (Shift+F5), pause (F6), step event (F7), step state (F8),
 * continue (F9), stop (Ctrl+F2), toggle breakpoint on the selected state (Ctrl+F8), re-run a recorded execution,
 * re-run the shown execution from the selected state, limit the selected state's breakpoint to one Map iteration or
 * Parallel branch, and File → Open execution history….
 */
public final class DebugActions {

    public static final String RUN = "debug.run";
    public static final String DEBUG = "debug.debug";
    public static final String PAUSE = "debug.pause";
    public static final String STEP_EVENT = "debug.stepEvent";
    public static final String STEP_STATE = "debug.stepState";
    public static final String RESUME = "debug.resume";
    public static final String STOP = "debug.stop";
    public static final String TOGGLE_BREAKPOINT = "debug.toggleBreakpoint";
    public static final String OPEN_HISTORY = "debug.openHistory";
    public static final String RERUN = "debug.rerun";
    public static final String RERUN_FROM_HERE = "debug.rerunFromHere";
    public static final String BREAKPOINT_LIMIT = "debug.breakpointLimit";

    private DebugActions() {
    }

    static void register(ActionRegistry actions, DebuggerViewModel model, DocumentSession session,
            Supplier<@Nullable Window> owner, Executor io, UiThread ui) {
        ObservableBooleanValue idle = model.runningProperty().not();
        ObservableBooleanValue paused = model.pausedProperty().isNotNull();
        ObservableBooleanValue runningFree = Bindings.and(model.runningProperty(), model.pausedProperty().isNull());
        actions.register(new AppAction(RUN, "_Run", key(KeyCode.F5), MaterialDesignP.PLAY, idle, model::run));
        actions.register(new AppAction(DEBUG, "_Debug", new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN),
                MaterialDesignB.BUG_OUTLINE, idle, model::debug));
        actions.register(new AppAction(PAUSE, "_Pause", key(KeyCode.F6), MaterialDesignP.PAUSE, runningFree,
                model::pause));
        actions.register(new AppAction(STEP_EVENT, "Step to Next _Event", key(KeyCode.F7),
                MaterialDesignD.DEBUG_STEP_INTO, paused, model::stepEvent));
        actions.register(new AppAction(STEP_STATE, "Step to Next _State", key(KeyCode.F8),
                MaterialDesignD.DEBUG_STEP_OVER, paused, model::stepState));
        actions.register(new AppAction(RESUME, "_Continue", key(KeyCode.F9), MaterialDesignP.PLAY_PAUSE, paused,
                model::resume));
        actions.register(new AppAction(STOP, "S_top", new KeyCodeCombination(KeyCode.F2,
                KeyCombination.SHORTCUT_DOWN), MaterialDesignS.STOP, model.runningProperty(), model::stop));
        actions.register(new AppAction(TOGGLE_BREAKPOINT, "Toggle _Breakpoint", new KeyCodeCombination(KeyCode.F8,
                KeyCombination.SHORTCUT_DOWN), MaterialDesignR.RECORD_CIRCLE_OUTLINE,
                Bindings.createBooleanBinding(() ->
                session.selectionProperty().get().pointer() != null, session.selectionProperty()),
                () -> toggle(model.breakpoints(), session)));
        actions.register(new AppAction(BREAKPOINT_LIMIT, "Breakpoint _Iteration or Branch…", null,
                MaterialDesignR.RECORD_CIRCLE, Bindings.createBooleanBinding(() -> {
                    String state = selectedState(session);
                    return state != null && BreakpointLimit.Scope.of(state) != BreakpointLimit.Scope.NONE;
                }, session.selectionProperty()), () -> limitBreakpoint(model.breakpoints(), session, owner.get())));
        actions.register(new AppAction(RERUN, "Re-run _Locally", null, MaterialDesignR.REPLAY, model.canRerun(),
                model::rerunShown));
        actions.register(new AppAction(RERUN_FROM_HERE, "Re-run From _Here…", null, MaterialDesignR.RESTART,
                Bindings.createBooleanBinding(() -> model.shownProperty().get() != null
                        && session.selectionProperty().get().pointer() != null,
                        model.shownProperty(), session.selectionProperty()),
                () -> rerunFromHere(model, session, owner.get())));
        actions.register(new AppAction(OPEN_HISTORY, "Open Execution _History…", null, MaterialDesignH.HISTORY,
                Bindings.createBooleanBinding(() -> true), () -> openHistory(model, owner.get(), io, ui)));
    }

    /** Toggles a breakpoint on the state the selection is in. */
    static void toggle(BreakpointModel breakpoints, DocumentSession session) {
        String state = selectedState(session);
        if (state != null) {
            breakpoints.toggle(state);
        }
    }

    /** The pointer of the state the selection is in, or null. */
    private static @Nullable String selectedState(DocumentSession session) {
        String pointer = session.selectionProperty().get().pointer();
        if (pointer == null) {
            return null;
        }
        String state = StatePointers.enclosingState(pointer, session.document().modelDocument().kind());
        return state == null || state.isEmpty() ? null : state;
    }

    /** Limits the breakpoint of the selected state (in a Map or Parallel body) to one iteration or branch. */
    private static void limitBreakpoint(BreakpointModel breakpoints, DocumentSession session,
            @Nullable Window owner) {
        String state = selectedState(session);
        BreakpointLimit.Scope scope = state == null ? BreakpointLimit.Scope.NONE : BreakpointLimit.Scope.of(state);
        if (state != null && scope != BreakpointLimit.Scope.NONE) {
            new BreakpointLimitDialog(breakpoints, state, scope, owner).show();
        }
    }

    /** Asks how to re-run the shown execution from the selected state, or says why it cannot. */
    private static void rerunFromHere(DebuggerViewModel model, DocumentSession session, @Nullable Window owner) {
        RerunPoint.Found found = model.fromState().pointAt(session.selectionProperty().get().pointer());
        RerunPoint point = found.point();
        if (point == null) {
            model.messageProperty().set(found.problem());
        } else {
            new RerunDialog(point, model.fromState(), owner).show();
        }
    }

    private static void openHistory(DebuggerViewModel model, @Nullable Window owner, Executor io, UiThread ui) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an execution history (get-execution-history output)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            openHistory(model, Path.of(file.getPath()), io, ui);
        }
    }

    /** Reads the history at {@code file} off the FX thread and shows it, or says why it cannot. */
    public static void openHistory(DebuggerViewModel model, Path file, Executor io, UiThread ui) {
        io.execute(() -> {
            try {
                HistoryReader.Result read = HistoryReader.read(Files.readString(file, StandardCharsets.UTF_8),
                        file.toString());
                Diagnostic error = read.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElse(null);
                ui.execute(() -> {
                    if (read.execution() == null) {
                        model.messageProperty().set(file.getFileName() + ": " + (error == null
                                ? "not an execution history" : "line " + error.span().startLine() + ": "
                                + error.message()));
                    } else {
                        model.showRecorded(read.execution());
                        model.messageProperty().set("Showing the recorded execution " + file.getFileName()
                                + "; Re-run Locally compares it with a local run.");
                    }
                });
            } catch (IOException e) {
                ui.execute(() -> model.messageProperty().set("Cannot read " + file.getFileName() + ": "
                        + e.getMessage()));
            }
        });
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

}
