package statewise.app.canvas;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;

/**
 * Work the canvas spreads over the frames that follow the current one, a piece per pulse, so that no single frame
 * pays for all of it: the zoomed-out picture's tiles around the view. The pieces start with the second pulse after
 * {@link #start}, leaving the frame that shows the change itself alone, and stop once a piece reports that nothing
 * remains. Runs on the FX thread only.
 */
final class PulseWork {

    private final BooleanSupplier piece;
    private boolean running;
    private boolean skip;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (skip) {
                skip = false;
            } else if (!piece.getAsBoolean()) {
                running = false;
                stop();
            }
        }
    };

    /** {@code piece} does one pulse's share of the work and answers whether any remains. */
    PulseWork(BooleanSupplier piece) {
        this.piece = piece;
    }

    /** Runs pieces from the pulse after the next one on, until one reports that nothing remains. */
    void start() {
        if (!running) {
            running = true;
            skip = true;
            timer.start();
        }
    }
}
