package statewise.app.shell;

import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import statewise.app.fx.Jobs;
import statewise.app.problems.ProblemSummary;

/**
 * The strip along the bottom of the window: the validation verdict with its icon, a short note when something just
 * happened (saved, formatted, refused), and on the right the caret position and the notation of the definition.
 */
final class StatusBar {

    /** Node ids, for tests. */
    static final String TEXT_ID = "status-text";
    static final String NOTE_ID = "status-note";

    private static final String[] LEVEL_CLASSES = {"status-clean", "status-warnings", "status-errors", "status-busy"};
    private static final Duration NOTE_TIME = Duration.seconds(6);

    private final FontIcon icon = new FontIcon(MaterialDesignT.TIMER_SAND);
    private final Label text = new Label("Opening…", icon);
    private final Label note = new Label();
    private final Label caret = new Label();
    private final Label details = new Label();
    private final PauseTransition noteTimer = new PauseTransition(NOTE_TIME);
    private final HBox root;

    StatusBar() {
        text.setId(TEXT_ID);
        note.setId(NOTE_ID);
        note.getStyleClass().add("status-note");
        caret.getStyleClass().add("status-details");
        details.getStyleClass().add("status-details");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        root = new HBox(12, text, note, gap, caret, details);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
        noteTimer.setOnFinished(event -> note.setText(""));
        setLevel("status-busy");
    }

    Region node() {
        return root;
    }

    /** The verdict on the current text; {@code stale} says the model shown is the last one that parsed. */
    void show(ProblemSummary summary, boolean stale, String detailText) {
        text.setText(stale ? summary.text() + " · showing the last valid model" : summary.text());
        icon.setIconCode(icon(summary.level()));
        setLevel("status-" + summary.level().name().toLowerCase(Locale.ROOT));
        details.setText(detailText);
    }

    /** A short message next to the verdict, cleared after a few seconds. */
    void note(String message) {
        note.setText(message);
        noteTimer.playFromStart();
    }

    /** Shows the window's long operations, with progress and a cancel button, next to the note. */
    void track(Jobs jobs) {
        new JobIndicator(jobs, strip -> root.getChildren().add(root.getChildren().indexOf(note) + 1, strip));
    }

    void showCaret(int line, int column) {
        caret.setText("Ln " + line + ", Col " + column);
    }

    private static Ikon icon(ProblemSummary.Level level) {
        return switch (level) {
            case CLEAN -> MaterialDesignC.CHECK_CIRCLE;
            case WARNINGS -> MaterialDesignA.ALERT;
            case ERRORS -> MaterialDesignA.ALERT_CIRCLE;
        };
    }

    /**
     * Gives the verdict its level's style class. A level that stays leaves the list alone: every reparse shows the
     * verdict again, and each change to the list makes the label's CSS be looked up anew.
     */
    private void setLevel(String styleClass) {
        if (text.getStyleClass().contains(styleClass)) {
            return;
        }
        text.getStyleClass().removeAll(LEVEL_CLASSES);
        text.getStyleClass().add(styleClass);
    }
}
