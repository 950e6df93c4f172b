package statewise.app.debug;

import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import org.jspecify.annotations.Nullable;
import statewise.app.debug.model.BreakpointLimit;
import statewise.app.debug.model.BreakpointLines;
import statewise.app.debug.model.BreakpointModel;
import statewise.app.editor.AslEditor;
import statewise.app.editor.LineMark;
import statewise.app.session.DocumentSession;
import statewise.app.session.StatePointers;

/**
 * Breakpoints in the ASL editor's gutter: a mark on the line of each state with a breakpoint (a ring where it is
 * limited to one iteration or branch, its tooltip says which), and a click in the gutter toggles the breakpoint of
 * the state on that line. The same {@link BreakpointModel} as the canvas's, so both show the same marks.
 */
public final class EditorBreakpoints {

    private final AslEditor editor;
    private final BreakpointModel breakpoints;
    private final DocumentSession session;
    /** The lines of the current analysis, found when first needed: most analyses come with no breakpoint set. */
    private @Nullable BreakpointLines lines;
    private Map<Integer, LineMark> shown = Map.of();
    private boolean scheduled;

    private EditorBreakpoints(AslEditor editor, BreakpointModel breakpoints, DocumentSession session) {
        this.editor = editor;
        this.breakpoints = breakpoints;
        this.session = session;
        session.documentProperty().addListener((property, old, document) -> {
            if (old == null || old.analysis() != document.analysis()) {
                lines = null;
                schedule();
            }
        });
        breakpoints.pointers().addListener((SetChangeListener<String>) change -> schedule());
        breakpoints.limits().addListener((MapChangeListener<String, BreakpointLimit>) change -> schedule());
        shown = marks();
        editor.setLineMarks(this::marked, this::toggle);
    }

    /** Shows and toggles {@code breakpoints} in {@code editor}'s gutter. */
    public static void attach(AslEditor editor, BreakpointModel breakpoints, DocumentSession session) {
        new EditorBreakpoints(editor, breakpoints, session);
    }

    private @Nullable LineMark marked(int line) {
        return shown.get(line);
    }

    /**
     * Redraws the gutter once the editor has finished its own update, and only when the marked lines moved: the
     * gutters shown are updated, which must not happen while the editor lays out its lines (typing).
     */
    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            Platform.runLater(() -> {
                scheduled = false;
                Map<Integer, LineMark> now = marks();
                if (!now.equals(shown)) {
                    shown = now;
                    editor.refreshLineMarks();
                }
            });
        }
    }

    /** The mark of each line showing a breakpoint. */
    private Map<Integer, LineMark> marks() {
        if (breakpoints.pointers().isEmpty()) {
            return Map.of();
        }
        BreakpointLines current = lines();
        Map<Integer, LineMark> marks = new HashMap<>();
        breakpoints.pointers().forEach(p -> {
            int line = current.lineOf(p);
            if (line >= 0) {
                marks.put(line, mark(p, breakpoints.limit(p)));
            }
        });
        return Map.copyOf(marks);
    }

    /** A breakpoint's mark: a limited one says where it pauses. */
    private static LineMark mark(String pointer, BreakpointLimit limit) {
        String state = StatePointers.name(pointer);
        return limit.equals(BreakpointLimit.EVERY)
                ? new LineMark(false, "Breakpoint on " + state + ": click to remove")
                : new LineMark(true, "Breakpoint on " + state + ": breaks only in " + limit.label() + " of its "
                        + (limit.mapIteration() != null ? "Map" : "Parallel") + "; click to remove");
    }

    private void toggle(int line) {
        String state = lines().stateAt(line);
        if (state != null) {
            breakpoints.toggle(state);
        }
    }

    private BreakpointLines lines() {
        BreakpointLines current = lines;
        if (current == null) {
            current = BreakpointLines.of(session.document().analysis().document());
            lines = current;
        }
        return current;
    }
}
