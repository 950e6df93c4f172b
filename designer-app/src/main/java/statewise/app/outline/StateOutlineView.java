package statewise.app.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import statewise.app.session.ChangedStates;
import statewise.app.session.DocumentChange;
import statewise.app.session.DocumentSession;
import statewise.app.session.Selection;
import statewise.app.session.SessionDocument;

/**
 * The list of every state, nested ones indented under their Parallel or Map, each with its type: a view of the
 * session's model (the canvas takes the centre later). Choosing a row selects that state in every view, and a state
 * selected elsewhere is selected here. While the text does not parse, the list shows the last model that did, and
 * says so.
 */
public final class StateOutlineView {

    /** Node id, for tests and stylesheets. */
    public static final String LIST_ID = "state-list";

    /** Node id of the note shown while the list shows the last valid model. */
    public static final String STALE_ID = "outline-stale";

    private static final double INDENT = 16;

    /** Icons carry {@code type-<type>} (e.g. {@code type-fail}), so themes can colour them by type. */
    private static final String TYPE_CLASS_PREFIX = "type-";

    private final DocumentSession session;
    private final ListView<StateRow> list = new ListView<>();
    private final Label stale = new Label("The text does not parse: showing the last valid states.");
    private final VBox root;
    private boolean following;

    public StateOutlineView(DocumentSession session) {
        this.session = session;
        list.setId(LIST_ID);
        list.setCellFactory(view -> new StateCell());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.getSelectionModel().selectedItemProperty().addListener((property, old, row) -> {
            if (row != null && !following) {
                List<String> all = list.getSelectionModel().getSelectedItems().stream().map(StateRow::pointer)
                        .filter(pointer -> !pointer.equals(row.pointer())).collect(Collectors.toList());
                all.add(row.pointer());
                session.select(all, row.pointer(), this);
            }
        });
        Label heading = new Label("Outline");
        heading.getStyleClass().add("pane-heading");
        stale.setId(STALE_ID);
        stale.getStyleClass().add("stale-note");
        stale.setWrapText(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(heading, stale, list);
        root.getStyleClass().add("state-outline");
        session.addListener(this::changed);
        session.selectionProperty().addListener((property, old, selection) -> {
            if (selection.source() != this) {
                follow(selection);
            }
        });
        show(session.document());
    }

    public Region node() {
        return root;
    }

    /** The rows shown now. */
    public List<StateRow> rows() {
        return List.copyOf(list.getItems());
    }

    /** Rows are read from the model, so a change that keeps it (a canvas edit until its reparse) keeps them. */
    private void changed(DocumentChange change) {
        if (ChangedStates.touchesStates(change.affected()) && change.current().model() != change.previous().model()) {
            show(change.current());
        } else {
            showStale(change.current());
        }
    }

    private void show(SessionDocument document) {
        List<StateRow> rows = StateRows.of(document.modelDocument());
        if (!rows.equals(list.getItems())) {
            following = true;
            try {
                list.getItems().setAll(rows);
            } finally {
                following = false;
            }
            follow(session.selectionProperty().get());
        }
        showStale(document);
    }

    private void showStale(SessionDocument document) {
        boolean broken = document.analysed() && document.stale();
        stale.setVisible(broken);
        stale.setManaged(broken);
    }

    /** Selects the rows of every selected state, the primary one last (so it is the focused row) and in view. */
    private void follow(Selection selection) {
        following = true;
        try {
            list.getSelectionModel().clearSelection();
            List<String> pointers = new ArrayList<>(selection.pointers());
            if (selection.pointer() != null) {
                pointers.remove(selection.pointer());
                pointers.add(selection.pointer());
            }
            int last = -1;
            for (String pointer : pointers) {
                for (int i = 0; i < list.getItems().size(); i++) {
                    if (list.getItems().get(i).pointer().equals(pointer)) {
                        list.getSelectionModel().select(i);
                        last = i;
                        break;
                    }
                }
            }
            if (last >= 0 && !inView(last)) {
                list.scrollTo(Math.max(0, last - 3));
            }
        } finally {
            following = false;
        }
    }

    /**
     * True when row {@code index} is among the rows shown whole. A row in view is not scrolled to: the list stays
     * where the user sees it, and scrolling a list of a thousand rows makes and sizes its cells at once, which after
     * each canvas edit on a large definition was about half of the outline's update.
     */
    private boolean inView(int index) {
        if (!(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return false;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && index > first.getIndex() && index < last.getIndex();
    }

    static Ikon icon(String type) {
        return switch (type) {
            case "Task" -> MaterialDesignC.COG_OUTLINE;
            case "Choice" -> MaterialDesignA.ARROW_DECISION_OUTLINE;
            case "Parallel" -> MaterialDesignF.FORMAT_COLUMNS;
            case "Map" -> MaterialDesignR.REPEAT;
            case "Pass" -> MaterialDesignA.ARROW_RIGHT;
            case "Wait" -> MaterialDesignT.TIMER_SAND;
            case "Succeed" -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
            case "Fail" -> MaterialDesignC.CLOSE_CIRCLE_OUTLINE;
            default -> MaterialDesignH.HELP_CIRCLE_OUTLINE;
        };
    }

    /** Icon, name and a muted type label, indented by nesting depth. */
    static final class StateCell extends ListCell<StateRow> {

        private final FontIcon icon = new FontIcon();
        private final Label name = new Label();
        private final Label type = new Label();
        private final HBox line;

        StateCell() {
            icon.getStyleClass().add("state-icon");
            type.getStyleClass().add("state-type");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            line = new HBox(6, icon, name, gap, type);
            line.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(@Nullable StateRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            icon.setIconCode(icon(row.type()));
            icon.getStyleClass().removeIf(styleClass -> styleClass.startsWith(TYPE_CLASS_PREFIX));
            icon.getStyleClass().add(TYPE_CLASS_PREFIX + row.type().toLowerCase(Locale.ROOT));
            name.setText(row.name());
            type.setText(row.type());
            line.setPadding(new Insets(0, 0, 0, row.depth() * INDENT));
            setGraphic(line);
        }
    }
}
