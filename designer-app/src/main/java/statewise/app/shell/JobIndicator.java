package statewise.app.shell;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import statewise.app.fx.Job;
import statewise.app.fx.Jobs;
import statewise.app.fx.LazyTips;

/**
 * The status bar's progress strip: the newest long operation's title, a progress bar and a cancel button. It
 * appears only when an operation has run for {@link #DELAY}, so quick ones never flicker, and leaves when the last
 * one ends. Its nodes are made the first time it appears: most starts and many sessions never need them, and a
 * hidden progress bar and button still cost the first frame their skins and styling.
 */
final class JobIndicator {

    /** Node ids, for tests. */
    static final String ID = "status-job";
    static final String CANCEL_ID = "status-job-cancel";

    static final Duration DELAY = Duration.millis(300);

    private final Jobs jobs;
    private final Consumer<Region> place;
    private final PauseTransition delay = new PauseTransition(DELAY);
    private @Nullable Strip strip;
    private @Nullable Job shown;

    /** Watches {@code jobs}; {@code place} puts the strip into the status bar when it first appears. */
    JobIndicator(Jobs jobs, Consumer<Region> place) {
        this.jobs = jobs;
        this.place = place;
        delay.setOnFinished(event -> show(newest()));
        jobs.running().addListener((ListChangeListener<Job>) change -> changed());
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
        Strip nodes = strip;
        if (nodes == null) {
            if (job == null) {
                return;
            }
            nodes = new Strip(this::cancelShown);
            strip = nodes;
            place.accept(nodes.root);
        }
        nodes.show(job);
    }

    private void cancelShown() {
        Job job = shown;
        if (job != null) {
            job.cancel();
        }
    }

    /** The strip's nodes. */
    private static final class Strip {

        private final Label title = new Label();
        private final Label detail = new Label();
        private final ProgressBar bar = new ProgressBar();
        private final HBox root;

        Strip(Runnable cancelShown) {
            Button cancel = new Button(null, new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
            cancel.setId(CANCEL_ID);
            cancel.getStyleClass().add("tool-button");
            LazyTips.install(cancel, "Cancel");
            cancel.setFocusTraversable(false);
            cancel.setOnAction(event -> cancelShown.run());
            bar.setPrefWidth(140);
            detail.getStyleClass().add("status-job-detail");
            root = new HBox(6, title, detail, bar, cancel);
            root.setId(ID);
            root.setAlignment(Pos.CENTER_LEFT);
            root.getStyleClass().add("status-job");
        }

        void show(@Nullable Job job) {
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
}
