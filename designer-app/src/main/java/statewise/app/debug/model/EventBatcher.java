package statewise.app.debug.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import statewise.app.fx.UiThread;

/**
 * Hands items produced on another thread (an execution's history events) to the UI thread in batches: the first
 * item after a delivery schedules one hand-over, and every item that arrives before it runs goes along. So the UI
 * thread gets at most one batch per pulse however fast the execution records events, and never waits for it.
 */
public final class EventBatcher<T> {

    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final UiThread ui;
    private final Consumer<List<T>> sink;

    /** @param sink told each batch on {@code ui}'s thread, in the order the items were offered */
    public EventBatcher(UiThread ui, Consumer<List<T>> sink) {
        this.ui = ui;
        this.sink = sink;
    }

    /** Queues {@code item}; safe from any thread, never blocks. */
    public void offer(T item) {
        queue.add(item);
        if (scheduled.compareAndSet(false, true)) {
            ui.execute(this::deliver);
        }
    }

    private void deliver() {
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T item = queue.poll(); item != null; item = queue.poll()) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
