package statewise.app.shell;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import statewise.app.fx.Job;
import statewise.app.fx.Jobs;

/**
 * The status bar's progress strip: the newest long operation's title, a progress bar and a cancel button. It
 * appears only when an operation has run for {@link #DELAY}, so quick ones never flicker, and leaves when the last
 * one ends.
 */
final class JobIndicator {

    /** Node ids, for tests. */
    static final String ID = "status-job";
    static final String CANCEL_ID = "status-job-cancel";

    static final Duration DELAY = Duration.millis(300);

    private final Jobs jobs;
    private final Label title = new Label();
    private final Label detail = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button(null, new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
    private final HBox root;
    private final PauseTransition delay = new PauseTransition(DELAY);
    private @Nullable Job shown;

    JobIndicator(Jobs jobs) {
        this.jobs = jobs;
        cancel.setId(CANCEL_ID);
        cancel.getStyleClass().add("tool-button");
        cancel.setTooltip(new Tooltip("Cancel"));
        cancel.setFocusTraversable(false);
        cancel.setOnAction(event -> {
            Job job = shown;
            if (job != null) {
                job.cancel();
            }
        });
        bar.setPrefWidth(140);
        detail.getStyleClass().add("status-job-detail");
        root = new HBox(6, title, detail, bar, cancel);
        root.setId(ID);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-job");
        show(null);
        delay.setOnFinished(event -> show(newest()));
        jobs.running().addListener((ListChangeListener<Job>) change -> changed());
    }

    Region node() {
        return root;
    }

    private void changed() {
        Job newest = newest();
        if (newest == null) {
            delay.stop();
            show(null);
        } else if (shown != null) {
            show(newest);
        } else if (delay.getStatus() != PauseTransition.Status.RUNNING) {
            delay.playFromStart();
        }
    }

    private @Nullable Job newest() {
        return jobs.running().isEmpty() ? null : jobs.running().get(jobs.running().size() - 1);
    }

    private void show(@Nullable Job job) {
        shown = job;
        bar.progressProperty().unbind();
        detail.textProperty().unbind();
        if (job != null) {
            title.setText(job.title());
            bar.progressProperty().bind(job.progressProperty());
            detail.textProperty().bind(job.detailProperty());
        }
        root.setVisible(job != null);
        root.setManaged(job != null);
    }
}
