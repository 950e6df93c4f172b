package statewise.app.debug.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import statewise.engine.replay.HistoryScopes;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.Paused;
import statewise.engine.run.history.HistoryEvent;

/**
 * One execution the debugger keeps: a local run, a debug session, a test case or a recorded run opened from a
 * file. It holds the event rows, the live status of every state, how it ended and, while debugged, where it is
 * paused. Only the FX thread changes it; events arrive in batches ({@link #append}).
 */
public final class ExecutionRecord {

    /** Where the execution comes from. */
    public enum Kind {
        RUN, DEBUG, REPLAY, RERUN;

        public String label() {
            return switch (this) {
                case RUN -> "Run";
                case DEBUG -> "Debug";
                case REPLAY -> "Recorded";
                case RERUN -> "Re-run";
            };
        }
    }

    private final String name;
    private final Kind kind;
    private final Instant started;
    private final StatusBoard board;
    private final ObservableList<EventRow> rows = FXCollections.observableArrayList();
    private final List<HistoryEvent> events = new ArrayList<>();
    private final ObjectProperty<ExecutionStatus> status = new SimpleObjectProperty<>(ExecutionStatus.RUNNING);
    private final ObjectProperty<Duration> duration = new SimpleObjectProperty<>(Duration.ZERO);
    private final ObjectProperty<@Nullable ExecutionResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<@Nullable Paused> paused = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    /**
     * @param started  when it started, on the wall clock (shown in the list)
     * @param pointers each state's pointer by name, for the status board
     */
    public ExecutionRecord(String name, Kind kind, Instant started, Map<String, String> pointers) {
        this.name = name;
        this.kind = kind;
        this.started = started;
        this.board = new StatusBoard(pointers);
    }

    /** Takes a batch of events, in id order: rows, statuses and the duration follow. */
    public void append(List<HistoryEvent> batch) {
        board.accept(batch);
        Instant first = events.isEmpty() ? (batch.isEmpty() ? null : batch.get(0).timestamp())
                : events.get(0).timestamp();
        List<EventRow> added = new ArrayList<>(batch.size());
        for (HistoryEvent event : batch) {
            HistoryScopes.Visit visit = board.visitOf(event.id());
            String state = visit == null ? "" : visit.state();
            long elapsed = first == null ? 0 : Duration.between(first, event.timestamp()).toMillis();
            added.add(new EventRow(event, elapsed, state, visit == null ? null : board.pointerOf(state)));
        }
        events.addAll(batch);
        rows.addAll(added);
        if (first != null && !events.isEmpty()) {
            duration.set(Duration.between(first, events.get(events.size() - 1).timestamp()));
        }
    }

    /** Marks it ended with {@code value}. */
    public void finish(ExecutionResult value) {
        result.set(value);
        status.set(value.status());
        paused.set(null);
    }

    /** Marks it ended without a result: the engine failed (a bug), {@code message} says how. */
    public void crash(String message) {
        status.set(ExecutionStatus.FAILED);
        paused.set(null);
        note.set(message);
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public Instant started() {
        return started;
    }

    public StatusBoard board() {
        return board;
    }

    public ObservableList<EventRow> rows() {
        return rows;
    }

    /** The events received so far, in id order. */
    public List<HistoryEvent> events() {
        return List.copyOf(events);
    }

    public ReadOnlyObjectProperty<ExecutionStatus> statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<Duration> durationProperty() {
        return duration;
    }

    public ReadOnlyObjectProperty<@Nullable ExecutionResult> resultProperty() {
        return result;
    }

    public ObjectProperty<@Nullable Paused> pausedProperty() {
        return paused;
    }

    /** A message about the run (a divergence, a crash), or empty. */
    public StringProperty noteProperty() {
        return note;
    }
}
