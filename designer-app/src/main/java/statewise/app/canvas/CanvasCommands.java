package statewise.app.canvas;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import statewise.app.session.NodePositions;
import statewise.app.session.StatePointers;
import statewise.engine.model.StateType;
import statewise.layout.Box;
import statewise.layout.PlacedNode;
import statewise.layout.RoutedEdge;

/**
 * The canvas's edit commands on its selection (delete states or an edge, rename in place, duplicate, cut, copy,
 * paste through the system clipboard, set as start, tidy up, the context pad's tools, align and distribute) and the one place an edit outcome is carried out: an allowed edit goes to
 * the session as one undo step, a refused one shows its reason in the status bar.
 */
public final class CanvasCommands {

    private final CanvasView canvas;

    CanvasCommands(CanvasView canvas) {
        this.canvas = canvas;
    }

    /** Deletes the selected edge (where ASL allows), else the selected states. */
    public void deleteSelection() {
        RoutedEdge edge = canvas.selection().edge();
        if (edge != null) {
            perform(canvas.edgeEdits().disconnect(edge));
        } else {
            perform(canvas.model().delete(canvas.selection().ids()));
        }
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
        PlacedNode node = primary == null ? null : canvas.diagram().layout().node(primary);
        if (node == null || node.kind().isMarker()) {
            canvas.note("Select the state to rename.");
            return;
        }
        RenameField.edit(canvas.floating(), node, canvas.viewport(),
                newName -> perform(canvas.model().rename(primary, newName)));
    }

    /** Drops every pinned position and lays the diagram out afresh, as one undo step. */
    public void tidyUp() {
        canvas.tidyUp(() -> {
            if (canvas.session().document().positions().isEmpty()) {
                canvas.note("The diagram is laid out automatically already.");
            } else {
                canvas.session().replacePositions(NodePositions.none(), "Tidy up layout", canvas);
            }
        });
    }

    /** Appends a state of {@code type} after the selected state, in the flow, and selects it. */
    public void append(StateType type) {
        String primary = canvas.selection().primary();
        if (primary == null || primary.startsWith("#")) {
            canvas.note("Select the state to append to.");
        } else {
            perform(canvas.padEdits().append(primary, type));
        }
    }

    /** Sends every error of the selected state to a new Fail state. */
    public void addCatch() {
        String primary = canvas.selection().primary();
        if (primary == null || primary.startsWith("#")) {
            canvas.note("Select the Task, Parallel or Map state to add a Catch to.");
        } else {
            perform(canvas.padEdits().addCatch(primary));
        }
    }

    /** Wraps the selected states in a new Parallel or Map state. */
    public void wrap(StateType container) {
        perform(canvas.padEdits().wrap(canvas.selection().ids(), container));
    }

    /** Switches the selected state to the other query language, where its fields allow. */
    public void convertQueryLanguage() {
        String primary = canvas.selection().primary();
        if (primary == null || primary.startsWith("#")) {
            canvas.note("Select the state to convert.");
        } else {
            perform(canvas.padEdits().convert(primary));
        }
    }

    /** Aligns or distributes the selected states, pinning them where they go, as one undo step. */
    public void arrange(Arrange how) {
        Map<String, Box> boxes = new LinkedHashMap<>();
        for (String id : canvas.selection().ids()) {
            PlacedNode node = canvas.diagram().layout().node(id);
            if (node != null && !node.kind().isMarker()) {
                boxes.put(id, node.box());
            }
        }
        if (boxes.size() < how.least()) {
            canvas.note("Select at least " + how.least() + " states for this.");
            return;
        }
        Map<String, NodePositions.Position> moved = how.positions(boxes);
        canvas.session().movePositions(moved, how.label().replace("_", "") + " " + moved.size() + " states", canvas);
    }

    /** Shows the field that finds a state by name. */
    public void find() {
        canvas.showFind();
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
