package statewise.app.inspector;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import statewise.app.session.DocumentSession;

/**
 * The inspector pane: the selected state's form (its name, type and query language, its findings, a form per field
 * group, its transition, the Choice rule builder or the Retry and Catch editors; see {@link StateForm}) or the
 * workflow's own fields, and the data-flow preview, docked above the editor. When the inspected state changes (an
 * edit from any view, undo, another selection), a change that only gives fields new values (typing in the editor)
 * updates those controls in place (see {@link FormRefresh}); another state of the same type and query language is
 * shown by rebinding the form (see {@link StateForm#rebind}); else the form is built again. The focused field keeps
 * the focus either way.
 */
public final class InspectorView {

    /** Node ids, for tests. */
    public static final String ID = "inspector";
    public static final String NAME_ID = "inspector-name";
    public static final String MESSAGE_ID = "inspector-message";
    public static final String EMPTY_ID = "inspector-empty";
    public static final String INTEGRATION_ID = "inspector-integration";
    public static final String NEXT_ID = "inspector-next";
    public static final String GO_TO_ID = "inspector-go-to";
    public static final String END_ID = "inspector-end";

    private final InspectorViewModel model;
    private final PreviewView preview;
    private final VBox content = new VBox(8);
    private final Label message = new Label();
    private final ScrollPane root = new ScrollPane(content);
    private @Nullable SplitPane column;
    /** What the form was built for: a state, or (when null) the workflow's fields in {@link #builtMachine}. */
    private @Nullable InspectedState built;
    private @Nullable InspectedMachine builtMachine;
    /** The form of {@link #built}, or null while the workflow's fields are shown. */
    private @Nullable StateForm form;

    /** {@code debugInputs}: the debugger's recent inputs of the open workflow, the preview's default input. */
    public InspectorView(DocumentSession session, ScheduledExecutorService engine, ObservableList<String> debugInputs) {
        this.model = new InspectorViewModel(session);
        this.preview = new PreviewView(engine, debugInputs);
        root.setId(ID);
        root.getStyleClass().add("inspector");
        root.getStylesheets().add(Objects.requireNonNull(InspectorView.class.getResource("inspector.css"))
                .toExternalForm());
        root.setFitToWidth(true);
        content.setPadding(new Insets(8));
        content.getStyleClass().add("inspector-content");
        message.setId(MESSAGE_ID);
        message.getStyleClass().add(FormControls.PROBLEM_CLASS);
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        model.stateProperty().addListener((property, old, state) -> follow(state));
        model.selectedCountProperty().addListener((property, old, count) -> {
            if (model.state() == null) {
                rebuild(null);
            }
        });
        model.workflowProperty().addListener((property, old, fields) -> {
            if (model.state() == null) {
                followWorkflow(fields);
            }
        });
        rebuild(model.state());
    }

    public Region node() {
        return root;
    }

    public InspectorViewModel model() {
        return model;
    }

    /**
     * The inspector above {@code editor} in one column, so a form edit shows in the text at once; the form takes
     * {@code formShare} of it (the user's last choice). The divider stays where the user puts it: moving it when
     * the selection changes resizes the editor in the middle of the caret move that changed the selection, which
     * breaks RichTextFX's line layout (flowless finds no cell to lay out). So that the column is of use before
     * anything is selected, the form then shows the workflow's own fields.
     */
    public Region dock(Region editor, double formShare) {
        SplitPane split = new SplitPane(root, editor);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(formShare);
        split.getStyleClass().add("inspector-column");
        column = split;
        return split;
    }

    /** The share of the column the form takes now, to remember; NaN before it is {@link #dock docked}. */
    public double formShare() {
        SplitPane split = column;
        return split == null ? Double.NaN : split.getDividerPositions()[0];
    }

    /** Puts the divider at {@code share} of the column: View → Reset Layout, never a selection (see {@link #dock}). */
    public void setFormShare(double share) {
        SplitPane split = column;
        if (split != null) {
            split.setDividerPositions(share);
        }
    }

    /**
     * Commits what the user typed in the focused field and has not committed yet (no Enter, focus still there):
     * called before the document is replaced or the window closes, so the typed value counts as an unsaved change
     * the user is asked about instead of being lost.
     */
    public void commitPending() {
        Scene scene = root.getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        if (owner != null && isInside(owner)) {
            FormControls.commitPending(owner);
        }
    }

    /**
     * Shows {@code state}: in place when only field values changed, else in the form rebound to it when it has the
     * same form, else by building the form again.
     */
    private void follow(@Nullable InspectedState state) {
        InspectedState shown = built;
        List<FieldSpec> changed = state == null || shown == null ? null : FormRefresh.between(shown, state);
        if (state != null && changed != null && FormControls.update(content, changed, state::value)) {
            built = state;
            if (!changed.isEmpty()) {
                preview.show(state, model.machine());
            }
        } else if (state != null && shown != null && form != null && rebind(form, state)) {
            built = state;
            preview.show(state, model.machine());
        } else {
            rebuild(state);
        }
    }

    private boolean rebind(StateForm shownForm, InspectedState state) {
        String focused = focusedId();
        boolean rebound = shownForm.rebind(state);
        if (rebound) {
            refocus(focused);
        }
        return rebound;
    }

    /** Shows the workflow's fields {@code fields}, in place when only their values changed. */
    private void followWorkflow(@Nullable InspectedMachine fields) {
        InspectedMachine shown = builtMachine;
        List<FieldSpec> changed = fields == null || shown == null || built != null ? null
                : FormRefresh.between(shown, fields);
        if (fields == null || changed == null || !FormControls.update(content, changed, fields::value)) {
            rebuild(null);
            return;
        }
        builtMachine = fields;
    }

    private void rebuild(@Nullable InspectedState state) {
        String focused = focusedId();
        content.getChildren().clear();
        built = state;
        builtMachine = state == null ? model.workflowProperty().get() : null;
        form = null;
        if (state == null) {
            content.getChildren().addAll(WorkflowForm.of(model, model.selectedCountProperty().get(),
                    model.workflowProperty().get()), message);
            preview.show(null, null);
            refocus(focused);
            return;
        }
        StateForm stateForm = new StateForm(model, preview, state);
        content.getChildren().addAll(stateForm.nodes(message));
        form = stateForm;
        content.getChildren().add(preview.node());
        preview.show(state, model.machine());
        refocus(focused);
    }

    static TitledPane titled(String title, Node body, boolean expanded) {
        TitledPane pane = new TitledPane(title, body);
        pane.setExpanded(expanded);
        pane.getStyleClass().add("inspector-section");
        return pane;
    }

    private @Nullable String focusedId() {
        Scene scene = root.getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        while (owner != null && owner.getId() == null) {
            owner = owner.getParent();
        }
        return owner == null || !isInside(owner) ? null : owner.getId();
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }

    private void refocus(@Nullable String id) {
        if (id != null) {
            Node node = content.lookup("#" + id);
            if (node != null) {
                node.requestFocus();
            }
        }
    }
}
