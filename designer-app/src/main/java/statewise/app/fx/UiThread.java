package statewise.app.fx;

import java.util.concurrent.Executor;

/**
 * The thread that owns UI state, as the session sees it: {@link #execute} hands a result over to it, and
 * {@link #isCurrent} tells whether the caller is on it. The designer uses {@link FxThread#UI}; the session's own
 * tests run it on a plain event-loop thread so they need no toolkit.
 */
public interface UiThread extends Executor {

    boolean isCurrent();

    /**
     * Runs {@code action} on this thread after the next frame: for work that the frame must not wait for. Without a
     * toolkit there are no frames, and it is simply handed over like {@link #execute}.
     */
    default void afterNextFrame(Runnable action) {
        execute(action);
    }

    /** Fails fast when UI state is touched from another thread. */
    default void check() {
        if (!isCurrent()) {
            throw new IllegalStateException("Not on the UI thread: " + Thread.currentThread().getName());
        }
    }
}
