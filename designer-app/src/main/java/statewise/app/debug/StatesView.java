package statewise.app.debug;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.jspecify.annotations.Nullable;
import statewise.app.actions.ActionRegistry;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.debug.model.StateTally;
import statewise.app.debug.model.StatusBoard;
import statewise.app.session.DocumentSession;
import statewise.app.session.StatePointers;

/**
 * The states of the shown execution as a list, live: status, how often each was entered, and for Map and Parallel
 * states the iterations or branches running, succeeded and failed. Selecting one selects it in the session; its
 * context menu re-runs the execution from the selected state or limits its breakpoint to an iteration or branch.
 */
final class StatesView {

    static final String TABLE_ID = "debug-states";

    /** One row: a state's pointer and its tally. */
    record Row(String pointer, StateTally tally) {
    }

    private final TableView<Row> table = new TableView<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final Consumer<Set<String>> changed = pointers -> refresh();
    private @Nullable StatusBoard board;

    /** @param actions where "Re-run From Here…" of a row's context menu comes from */
    StatesView(DebuggerViewModel model, DocumentSession session, ActionRegistry actions) {
        table.setId(TABLE_ID);
        table.setItems(rows);
        table.setPlaceholder(new Label("No state has run yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("State", r -> StatePointers.name(r.pointer())));
        table.getColumns().add(column("Status", r -> r.tally().status().label()));
        table.getColumns().add(column("Entered", r -> r.tally().entered()));
        table.getColumns().add(column("Iterations", r -> r.tally().counters()));
        table.getSelectionModel().selectedItemProperty().addListener((property, old, row) -> {
            if (row != null) {
                session.select(row.pointer(), this);
            }
        });
        MenuItem rerun = actions.menuItem(DebugActions.RERUN_FROM_HERE);
        rerun.setId(DebugActions.RERUN_FROM_HERE + ".states");
        MenuItem limit = actions.menuItem(DebugActions.BREAKPOINT_LIMIT);
        limit.setId(DebugActions.BREAKPOINT_LIMIT + ".states");
        table.setContextMenu(new ContextMenu(rerun, limit));
        model.shownProperty().addListener((property, old, record) -> show(record));
        show(model.shownProperty().get());
    }

    Region node() {
        return table;
    }

    private void show(@Nullable ExecutionRecord record) {
        if (board != null) {
            board.removeListener(changed);
        }
        board = record == null ? null : record.board();
        if (board != null) {
            board.addListener(changed);
        }
        refresh();
    }

    private void refresh() {
        StatusBoard current = board;
        if (current == null) {
            rows.clear();
            return;
        }
        Map<String, StateTally> tallies = current.tallies();
        rows.setAll(tallies.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList());
    }

    private static TableColumn<Row, Object> column(String title, Function<Row, Object> value) {
        TableColumn<Row, Object> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }
}
