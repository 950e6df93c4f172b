package statewise.app.outline;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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

/**
 * The list of every state, nested ones indented under their Parallel or Map, each with its type. Choosing a state
 * tells the listener its row, so the text view can show its definition.
 */
public final class StateOutlineView {

    /** Node id, for tests and stylesheets. */
    public static final String LIST_ID = "state-list";

    private static final double INDENT = 16;

    /** Icons carry {@code type-<type>} (e.g. {@code type-fail}), so themes can colour them by type. */
    private static final String TYPE_CLASS_PREFIX = "type-";

    private final ListView<StateRow> list = new ListView<>();
    private final VBox root;

    public StateOutlineView(Consumer<StateRow> onSelect) {
        list.setId(LIST_ID);
        list.setCellFactory(view -> new StateCell());
        list.getSelectionModel().selectedItemProperty().addListener((property, old, row) -> {
            if (row != null) {
                onSelect.accept(row);
            }
        });
        Label heading = new Label("States");
        heading.getStyleClass().add("pane-heading");
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(heading, list);
        root.getStyleClass().add("state-outline");
    }

    public Region node() {
        return root;
    }

    public void show(List<StateRow> rows) {
        list.getItems().setAll(rows);
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
    private static final class StateCell extends ListCell<StateRow> {

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
