package statewise.app.debug;

import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.jspecify.annotations.Nullable;
import statewise.app.debug.model.EventRow;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.debug.model.Timeline;
import statewise.app.debug.model.TimelineBar;

/**
 * The shown execution as a timeline, as the AWS console's table view draws it: one row per state visit, a bar from
 * its entry to its exit on the execution's clock in its status colour, with its attempts, the back-offs between
 * retries and Wait states' waits drawn on it. Clicking a bar selects its {@code …StateEntered} event, and so its
 * state. A Map iteration or a Parallel branch can be chosen to colour the canvas as that iteration or branch saw
 * the states. It is redrawn once per batch of events, and only while it is on screen; it draws the first
 * {@value #MAX_BARS} visits of a long run.
 */
final class TimelineView {

    static final String ID = "debug-timeline";
    static final String BAR_CLASS = "timeline-bar";
    static final String STRAND_ID = "debug-strand";
    static final String WHOLE_RUN = "Whole run";
    static final int MAX_BARS = 500;

    private static final double ROW = 20;
    private static final double LABEL_WIDTH = 210;
    private static final double TRACK_WIDTH = 520;
    private static final double MIN_WIDTH = 3;

    private final Pane rows = new Pane();
    private final Label summary = new Label();
    private final ComboBox<String> strands = new ComboBox<>();
    private final ScrollPane scroll = new ScrollPane(rows);
    private final VBox root = new VBox(4, new HBox(8, new Label("Canvas colours"), strands, summary), scroll);
    private final LongConsumer select;
    private final ObservableBooleanValue visible;
    private final ListChangeListener<EventRow> changed = change -> redraw();
    private @Nullable ExecutionRecord shown;
    private boolean stale = true;

    /**
     * @param select  told the id of the event a clicked bar stands for
     * @param visible whether the timeline is on screen (it redraws only then)
     * @param strand  set to the iteration or branch chosen to colour the canvas, or to empty for the whole run
     */
    TimelineView(DebuggerViewModel model, LongConsumer select, ObservableBooleanValue visible,
            StringProperty strand) {
        this.select = select;
        this.visible = visible;
        strands.setId(STRAND_ID);
        strands.getItems().add(WHOLE_RUN);
        strands.setValue(WHOLE_RUN);
        strands.valueProperty().addListener((property, old, value) ->
                strand.set(value == null || WHOLE_RUN.equals(value) ? "" : value));
        root.setId(ID);
        root.getStyleClass().add("debug-timeline");
        root.setPadding(new Insets(4, 6, 4, 6));
        rows.getStyleClass().add("timeline-rows");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        model.shownProperty().addListener((property, old, record) -> show(record));
        visible.addListener((property, old, now) -> {
            if (now && stale) {
                redraw();
            }
        });
        show(model.shownProperty().get());
    }

    Region node() {
        return root;
    }

    private void show(@Nullable ExecutionRecord record) {
        if (shown != null) {
            shown.rows().removeListener(changed);
        }
        shown = record;
        strands.getItems().setAll(WHOLE_RUN);
        strands.setValue(WHOLE_RUN);
        if (record != null) {
            record.rows().addListener(changed);
        }
        redraw();
    }

    private void redraw() {
        stale = true;
        if (!visible.get()) {
            return;
        }
        stale = false;
        ExecutionRecord record = shown;
        List<TimelineBar> bars = record == null ? List.of()
                : Timeline.of(record.events(), record.resultProperty().get() != null);
        long total = bars.stream().mapToLong(TimelineBar::end).max().orElse(0);
        double scale = TRACK_WIDTH / Math.max(1, total);
        rows.getChildren().clear();
        for (String each : Timeline.strands(bars)) {
            if (!strands.getItems().contains(each)) {
                strands.getItems().add(each);
            }
        }
        int drawn = Math.min(bars.size(), MAX_BARS);
        for (int i = 0; i < drawn; i++) {
            drawRow(bars.get(i), i * ROW, scale);
        }
        rows.setPrefSize(LABEL_WIDTH + TRACK_WIDTH + 12, drawn * ROW);
        summary.setText(bars.isEmpty() ? "Run the workflow to see its timeline."
                : bars.size() + " state visits over " + total + " ms"
                + (drawn < bars.size() ? " (the first " + drawn + " drawn)" : ""));
    }

    private void drawRow(TimelineBar bar, double y, double scale) {
        Label name = new Label(bar.label());
        name.setMnemonicParsing(false);
        name.resizeRelocate(0, y, LABEL_WIDTH - 6, ROW);
        name.setManaged(false);
        double x = LABEL_WIDTH + bar.start() * scale;
        Rectangle body = new Rectangle(x, y + 4, Math.max(MIN_WIDTH, (bar.end() - bar.start()) * scale), ROW - 8);
        body.getStyleClass().add(BAR_CLASS);
        body.pseudoClassStateChanged(PseudoClass.getPseudoClass(bar.status().pseudoClass()), true);
        body.setUserData(bar.enteredId());
        body.setOnMouseClicked(event -> select.accept(bar.enteredId()));
        Tooltip.install(body, new Tooltip(tip(bar)));
        rows.getChildren().addAll(name, body);
        for (TimelineBar.Segment segment : bar.segments()) {
            Rectangle part = new Rectangle(LABEL_WIDTH + segment.start() * scale, y + 7,
                    Math.max(MIN_WIDTH, (segment.end() - segment.start()) * scale), ROW - 14);
            part.getStyleClass().addAll("timeline-segment",
                    "timeline-" + segment.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            part.setMouseTransparent(true);
            rows.getChildren().add(part);
        }
    }

    private static String tip(TimelineBar bar) {
        return bar.label() + ": " + bar.status().label() + ", " + bar.start() + " → " + bar.end() + " ms"
                + (bar.attempts() > 1 ? ", " + bar.attempts() + " attempts" : "");
    }
}
