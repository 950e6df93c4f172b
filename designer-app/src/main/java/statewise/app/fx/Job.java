package statewise.app.fx;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One long operation as the user sees it: a title, how far it got, and a way to cancel it. The worker reports
 * progress from any thread and polls {@link #cancelled()} (the cancel token); the UI thread reads
 * {@link #progressProperty()} and calls {@link #cancel()}, which also runs the operation's own way of stopping
 * (interrupting its thread, stopping an execution).
 */
public final class Job {

    /** The progress of an operation that cannot say how far it is. */
    public static final double INDETERMINATE = -1;

    private final Jobs owner;
    private final String title;
    private final Runnable onCancel;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicLong latest = new AtomicLong(Double.doubleToLongBits(INDETERMINATE));
    private final AtomicBoolean updatePending = new AtomicBoolean();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(INDETERMINATE);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");

    Job(Jobs owner, String title, Runnable onCancel) {
        this.owner = owner;
        this.title = title;
        this.onCancel = onCancel;
    }

    public String title() {
        return title;
    }

    /** From 0 to 1, or {@link #INDETERMINATE}; UI thread only. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the operation is doing now, shown after its title ({@code 12 states done}); empty for nothing. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Sets {@link #detailProperty()}. UI thread. */
    public void detail(String text) {
        owner.ui().check();
        detail.set(text);
    }

    /**
     * Reports that {@code done} of {@code total} steps are finished. Any thread; updates reach the UI thread at
     * most once per hand-over, the latest winning, so a tight loop can report every step.
     */
    public void progress(long done, long total) {
        double value = total <= 0 ? INDETERMINATE : Math.min(1.0, Math.max(0.0, (double) done / total));
        latest.set(Double.doubleToLongBits(value));
        if (updatePending.compareAndSet(false, true)) {
            owner.ui().execute(() -> {
                updatePending.set(false);
                progress.set(Double.longBitsToDouble(latest.get()));
            });
        }
    }

    /** The cancel token: true once the user cancelled. Any thread. */
    public boolean cancelled() {
        return cancelled.get();
    }

    /** Throws {@link CancellationException} once the user cancelled, for work that checks between steps. */
    public void checkCancelled() {
        if (cancelled()) {
            throw new CancellationException(title + " was cancelled");
        }
    }

    /** Cancels the operation: sets the token, runs its way of stopping once, and stops showing it. UI thread. */
    public void cancel() {
        owner.ui().check();
        if (cancelled.compareAndSet(false, true)) {
            owner.remove(this);
            onCancel.run();
        }
    }

    /** The operation ended; true when its result should be used (it was not cancelled). UI thread. */
    public boolean finish() {
        owner.ui().check();
        owner.remove(this);
        return !cancelled();
    }
}
