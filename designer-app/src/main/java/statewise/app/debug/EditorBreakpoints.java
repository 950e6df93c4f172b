package statewise.app.debug;

import java.util.HashSet;
import java.util.Set;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import statewise.app.debug.model.BreakpointLines;
import statewise.app.debug.model.BreakpointModel;
import statewise.app.editor.AslEditor;
import statewise.app.session.DocumentSession;
import statewise.app.session.SessionDocument;

/**
 * Breakpoints in the ASL editor's gutter: a mark on the line of each state with a breakpoint, and a click in the
 * gutter toggles the breakpoint of the state on that line. The same {@link BreakpointModel} as the canvas's, so
 * both show the same marks.
 */
public final class EditorBreakpoints {

    private final AslEditor editor;
    private final BreakpointModel breakpoints;
    private BreakpointLines lines;
    private Set<Integer> shown = Set.of();
    private boolean scheduled;

    private EditorBreakpoints(AslEditor editor, BreakpointModel breakpoints, DocumentSession session) {
        this.editor = editor;
        this.breakpoints = breakpoints;
        this.lines = linesOf(session.document());
        session.documentProperty().addListener((property, old, document) -> {
            lines = linesOf(document);
            schedule();
        });
        breakpoints.pointers().addListener((SetChangeListener<String>) change -> schedule());
        shown = markedLines();
        editor.setLineMarks(this::marked, this::toggle);
    }

    /** Shows and toggles {@code breakpoints} in {@code editor}'s gutter. */
    public static void attach(AslEditor editor, BreakpointModel breakpoints, DocumentSession session) {
        new EditorBreakpoints(editor, breakpoints, session);
    }

    private boolean marked(int line) {
        return shown.contains(line);
    }

    /**
     * Redraws the gutter once the editor has finished its own update, and only when the marked lines moved: the
     * gutter is rebuilt whole, which must not happen while the editor lays out its lines (typing).
     */
    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            Platform.runLater(() -> {
                scheduled = false;
                Set<Integer> now = markedLines();
                if (!now.equals(shown)) {
                    shown = now;
                    editor.refreshLineMarks();
                }
            });
        }
    }

    private Set<Integer> markedLines() {
        Set<Integer> marked = new HashSet<>();
        breakpoints.pointers().forEach(p -> marked.add(lines.lineOf(p)));
        marked.remove(-1);
        return Set.copyOf(marked);
    }

    private void toggle(int line) {
        String state = lines.stateAt(line);
        if (state != null) {
            breakpoints.toggle(state);
        }
    }

    private static BreakpointLines linesOf(SessionDocument document) {
        return BreakpointLines.of(document.analysis().document());
    }
}
