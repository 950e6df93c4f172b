package statewise.app.canvas;

import java.util.Map;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import statewise.app.session.NodePositions;
import statewise.app.session.StatePointers;

/**
 * The canvas's edit commands on its selection (delete, rename in place, duplicate, cut, copy, paste through the
 * system clipboard, set as start, tidy up) and the one place an edit outcome is carried out: an allowed edit goes to
 * the session as one undo step, a refused one shows its reason in the status bar.
 */
public final class CanvasCommands {

    private final CanvasView canvas;

    CanvasCommands(CanvasView canvas) {
        this.canvas = canvas;
    }

    public void deleteSelection() {
        perform(canvas.model().delete(canvas.selection().ids()));
    }

    public void duplicateSelection() {
        perform(canvas.model().duplicate(canvas.selection().ids()));
    }

    public void setStartFromSelection() {
        String primary = canvas.selection().primary();
        if (primary == null) {
            canvas.note("Select the state to start with.");
        } else {
            perform(canvas.model().setStart(primary));
        }
    }

    public void copySelection() {
        CanvasViewModel.Copied copied = canvas.model().copy(canvas.selection().ids());
        if (copied.text() != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(copied.text());
            Clipboard.getSystemClipboard().setContent(content);
        }
        canvas.note(copied.message());
    }

    public void cutSelection() {
        CanvasViewModel.Copied copied = canvas.model().copy(canvas.selection().ids());
        if (copied.text() == null) {
            canvas.note(copied.message());
            return;
        }
        copySelection();
        deleteSelection();
    }

    public void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        perform(canvas.model().paste(canvas.selection().primary(), text == null ? "" : text));
    }

    /** Starts renaming the selected state in place. */
    public void renameSelection() {
        String primary = canvas.selection().primary();
        NodeView view = primary == null ? null : canvas.diagram().view(primary);
        if (view == null || view.placed().kind().isMarker()) {
            canvas.note("Select the state to rename.");
            return;
        }
        RenameField.edit(canvas.floating(), view.placed(), canvas.viewport(), newName -> perform(canvas.model().rename(primary, newName)));
    }

    /** Drops every pinned position and lays the diagram out afresh, as one undo step. */
    public void tidyUp() {
        if (canvas.session().document().positions().isEmpty()) {
            canvas.relayoutFresh();
            canvas.note("The diagram is laid out automatically already.");
            return;
        }
        canvas.session().replacePositions(NodePositions.none(), "Tidy up layout", canvas);
    }

    void perform(CanvasOutcome outcome) {
        if (outcome instanceof CanvasOutcome.Apply apply) {
            canvas.session().apply(apply.patch(), apply.positions(), canvas);
            canvas.selectAfterAnalysis(apply.select());
            canvas.note(apply.notice() != null ? apply.notice() : apply.patch().label());
        } else if (outcome instanceof CanvasOutcome.Refuse refuse) {
            canvas.note(refuse.reason());
        } else if (outcome instanceof CanvasOutcome.Ask) {
            throw new IllegalArgumentException("a question is answered by the gesture that asked it");
        }
    }

    void move(Map<String, NodePositions.Position> moved) {
        if (!moved.isEmpty()) {
            canvas.session().movePositions(moved, moved.size() == 1 ? "Move state '" + StatePointers.name(
                    moved.keySet().iterator().next()) + "'" : "Move " + moved.size() + " states", canvas);
        }
    }
}
