package statewise.app.fx;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The one way code hops onto the FX thread, so every hop can be found and checked. Only the FX thread touches
 * nodes and UI state; background work hands its result over here.
 */
public final class FxThread {

    /** The FX application thread as the session sees it: results are handed over with {@code runLater}. */
    public static final UiThread UI = new UiThread() {
        @Override
        public void execute(Runnable action) {
            Platform.runLater(action);
        }

        @Override
        public boolean isCurrent() {
            return Platform.isFxApplicationThread();
        }

        /**
         * An animation timer hears of the next pulse before its CSS and layout pass; what it hands over then runs
         * once that pulse (the frame) is done.
         */
        @Override
        public void afterNextFrame(Runnable action) {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    Platform.runLater(action);
                }
            }.start();
        }
    };

    private FxThread() {
    }

    /** Runs {@code action} on the FX thread: now when already there, else at the next pulse. */
    public static void run(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Fails fast when UI state is touched from another thread. */
    public static void check() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Not on the FX application thread: " + Thread.currentThread().getName());
        }
    }
}
