package statewise.app.debug;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import statewise.app.debug.model.EventFilter;
import statewise.app.debug.model.EventRow;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.files.AtomicFiles;
import statewise.app.session.DocumentSession;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryJson;

/**
 * The event history of the shown execution: a table with AWS's event types, ids, timestamps and elapsed time,
 * state names and a summary of the details; filters by type, state and outcome and a search field; a JSON tree of
 * the selected event's details. Selecting an event selects its state in the session, so every view follows.
 * Export writes the history as {@code GetExecutionHistory} JSON.
 */
final class HistoryView {

    static final String TABLE_ID = "debug-history";
    static final String SEARCH_ID = "debug-history-search";
    static final String DETAILS_ID = "debug-event-details";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BorderPane root = new BorderPane();
    private final TableView<EventRow> table = new TableView<>();
    private final JsonTree details = new JsonTree(DETAILS_ID);
    private final ComboBox<@Nullable EventType> type = new ComboBox<>();
    private final ComboBox<@Nullable String> state = new ComboBox<>();
    private final ComboBox<EventRow.@Nullable Outcome> outcome = new ComboBox<>();
    private final TextField search = new TextField();
    private final ObservableList<@Nullable String> states = FXCollections.observableArrayList();
    private final DocumentSession session;
    private final Label count = new Label();
    private final ListChangeListener<EventRow> rowsAdded = this::rowsAdded;
    private @Nullable ExecutionRecord shown;
    private FilteredList<EventRow> filtered = new FilteredList<>(FXCollections.observableArrayList());

    HistoryView(DebuggerViewModel model, DocumentSession session) {
        this.session = session;
        root.getStyleClass().add("debug-history");
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Run the workflow (F5) or debug it (Shift+F5) to see its events."));
        table.getColumns().addAll(Arrays.asList(
                column("ID", 44, r -> r.id()),
                column("Type", 150, r -> r.type().awsName()),
                column("Timestamp", 96, r -> TIME.format(r.timestamp())),
                column("Elapsed", 66, r -> r.elapsedMillis() + " ms"),
                column("State", 110, EventRow::state),
                column("Details", 160, EventRow::summary)));
        table.getSelectionModel().selectedItemProperty().addListener((property, old, row) -> selected(row));
        SplitPane split = new SplitPane(table, details.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        root.setTop(filters());
        root.setCenter(split);
        model.shownProperty().addListener((property, old, record) -> show(record));
        show(model.shownProperty().get());
    }

    Region node() {
        return root;
    }

    TableView<EventRow> table() {
        return table;
    }

    /** Selects the event with {@code id} (its node and details follow), clearing filters that hide it. */
    void selectEvent(long id) {
        if (filtered.stream().noneMatch(r -> r.id() == id)) {
            type.setValue(null);
            state.setValue(null);
            outcome.setValue(null);
            search.setText("");
        }
        for (int i = 0; i < filtered.size(); i++) {
            if (filtered.get(i).id() == id) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(i);
                return;
            }
        }
    }

    private HBox filters() {
        type.setItems(FXCollections.observableArrayList(EventType.values()));
        type.getItems().add(0, null);
        type.setConverter(converter(t -> t == null ? "All types" : t.awsName()));
        type.setPromptText("All types");
        state.setItems(states);
        state.setConverter(converter(s -> s == null ? "All states" : s));
        state.setPromptText("All states");
        outcome.setItems(FXCollections.observableArrayList(EventRow.Outcome.values()));
        outcome.getItems().add(0, null);
        outcome.setConverter(converter(o -> o == null ? "Any outcome" : o.label()));
        outcome.setPromptText("Any outcome");
        type.setPrefWidth(150);
        state.setPrefWidth(120);
        outcome.setPrefWidth(110);
        search.setId(SEARCH_ID);
        search.setPrefColumnCount(8);
        search.setPromptText("Search events");
        HBox.setHgrow(search, Priority.ALWAYS);
        type.valueProperty().addListener((p, o, v) -> refilter());
        state.valueProperty().addListener((p, o, v) -> refilter());
        outcome.valueProperty().addListener((p, o, v) -> refilter());
        search.textProperty().addListener((p, o, v) -> refilter());
        Button export = new Button(null, new FontIcon(MaterialDesignE.EXPORT));
        export.setTooltip(new Tooltip("Export the history as GetExecutionHistory JSON…"));
        export.setOnAction(event -> export());
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(6, type, state, outcome, search, count, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        return bar;
    }

    private void show(@Nullable ExecutionRecord record) {
        if (shown != null) {
            shown.rows().removeListener(rowsAdded);
        }
        shown = record;
        ObservableList<EventRow> rows = record == null ? FXCollections.observableArrayList() : record.rows();
        filtered = new FilteredList<>(rows, filter());
        table.setItems(filtered);
        states.setAll((String) null);
        addStates(rows);
        rows.addListener(rowsAdded);
        updateCount();
        details.clear();
    }

    private void rowsAdded(ListChangeListener.Change<? extends EventRow> change) {
        while (change.next()) {
            if (change.wasAdded()) {
                addStates(change.getAddedSubList());
            }
        }
        updateCount();
    }

    private void addStates(List<? extends EventRow> rows) {
        TreeSet<String> names = new TreeSet<>();
        rows.forEach(r -> {
            if (!r.state().isEmpty() && !states.contains(r.state())) {
                names.add(r.state());
            }
        });
        states.addAll(names);
    }

    private EventFilter filter() {
        return new EventFilter(type.getValue(), state.getValue(), outcome.getValue(),
                search.getText() == null ? "" : search.getText());
    }

    private void refilter() {
        filtered.setPredicate(filter());
        updateCount();
    }

    private void updateCount() {
        int all = shown == null ? 0 : shown.rows().size();
        count.setText(filtered.size() == all ? all + " events" : filtered.size() + " of " + all);
    }

    private void selected(@Nullable EventRow row) {
        if (row == null) {
            details.clear();
            return;
        }
        details.show(row.type().awsName() + " #" + row.id(), row.details());
        if (row.pointer() != null) {
            session.select(row.pointer(), this);
        }
    }

    private void export() {
        ExecutionRecord record = shown;
        if (record == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the history as GetExecutionHistory JSON");
        chooser.setInitialFileName(record.name().replace(' ', '-').toLowerCase(Locale.ROOT)
                + ".history.json");
        @Nullable File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            try {
                AtomicFiles.write(Path.of(file.getPath()), JSON.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(HistoryJson.history(record.events())) + "\n");
            } catch (IOException e) {
                count.setText("Export failed: " + e.getMessage());
            }
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("read-only");
            }
        };
    }

    private static TableColumn<EventRow, Object> column(String title, double width, Function<EventRow, Object> value) {
        TableColumn<EventRow, Object> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 96));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
