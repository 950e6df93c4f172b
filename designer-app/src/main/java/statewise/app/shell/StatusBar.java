package statewise.app.shell;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import statewise.app.problems.ProblemSummary;

/**
 * The strip along the bottom of the window: the validation verdict with its icon on the left, the notation and
 * kind of the definition on the right.
 */
final class StatusBar {

    /** Node id of the verdict label, for tests. */
    static final String TEXT_ID = "status-text";

    private static final String[] LEVEL_CLASSES = {"status-clean", "status-warnings", "status-errors", "status-busy"};

    private final FontIcon icon = new FontIcon(MaterialDesignT.TIMER_SAND);
    private final Label text = new Label("Opening…", icon);
    private final Label details = new Label();
    private final HBox root;

    StatusBar() {
        text.setId(TEXT_ID);
        details.getStyleClass().add("status-details");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        root = new HBox(8, text, gap, details);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
        setLevel("status-busy");
    }

    Region node() {
        return root;
    }

    /** A message instead of a verdict: while validating, or when nothing is open. */
    void showMessage(String message) {
        text.setText(message);
        icon.setIconCode(MaterialDesignT.TIMER_SAND);
        setLevel("status-busy");
        details.setText("");
    }

    void show(ProblemSummary summary, String detailText) {
        text.setText(summary.text());
        icon.setIconCode(icon(summary.level()));
        setLevel("status-" + summary.level().name().toLowerCase(Locale.ROOT));
        details.setText(detailText);
    }

    private static Ikon icon(ProblemSummary.Level level) {
        return switch (level) {
            case CLEAN -> MaterialDesignC.CHECK_CIRCLE;
            case WARNINGS -> MaterialDesignA.ALERT;
            case ERRORS -> MaterialDesignA.ALERT_CIRCLE;
        };
    }

    private void setLevel(String styleClass) {
        text.getStyleClass().removeAll(LEVEL_CLASSES);
        text.getStyleClass().add(styleClass);
    }
}
