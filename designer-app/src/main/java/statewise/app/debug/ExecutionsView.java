package statewise.app.debug;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import statewise.app.debug.model.ExecutionRecord;

/**
 * The executions kept in this window, newest first: name, status, start and duration. Selecting one shows it
 * again in the event table, the inspector and the canvas colours.
 */
final class ExecutionsView {

    static final String TABLE_ID = "debug-executions";

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final TableView<ExecutionRecord> table = new TableView<>();

    ExecutionsView(DebuggerViewModel model) {
        table.setId(TABLE_ID);
        table.setItems(model.executions());
        table.setPlaceholder(new Label("No executions yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ExecutionRecord, String> name = new TableColumn<>("Execution");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<ExecutionRecord, String> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> c.getValue().statusProperty().map(Enum::name));
        TableColumn<ExecutionRecord, String> start = new TableColumn<>("Started");
        start.setCellValueFactory(c -> new ReadOnlyStringWrapper(START.format(c.getValue().started())));
        TableColumn<ExecutionRecord, String> duration = new TableColumn<>("Duration");
        duration.setCellValueFactory(c -> c.getValue().durationProperty().map(ExecutionsView::format));
        table.getColumns().add(name);
        table.getColumns().add(status);
        table.getColumns().add(start);
        table.getColumns().add(duration);
        table.getSelectionModel().selectedItemProperty().addListener((property, old, record) -> {
            if (record != null) {
                model.shownProperty().set(record);
            }
        });
        model.shownProperty().addListener((property, old, record) -> table.getSelectionModel().select(record));
        ExecutionRecord shown = model.shownProperty().get();
        if (shown != null) {
            table.getSelectionModel().select(shown);
        }
    }

    Region node() {
        return table;
    }

    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format("%.1f s", millis / 1000.0);
        }
        return String.format("%d min %d s", millis / 60_000, millis % 60_000 / 1000);
    }
}
