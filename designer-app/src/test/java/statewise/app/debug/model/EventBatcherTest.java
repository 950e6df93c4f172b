package statewise.app.debug.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import statewise.app.fx.UiThread;

class EventBatcherTest {

    /** A UI thread whose work waits until the test runs it, as runLater work waits for the next pulse. */
    private static final class Pulses implements UiThread {
        final List<Runnable> pending = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable action) {
            pending.add(action);
        }

        @Override
        public boolean isCurrent() {
            return true;
        }

        synchronized List<Runnable> take() {
            List<Runnable> work = List.copyOf(pending);
            pending.clear();
            return work;
        }
    }

    @Test
    void itemsOfferedBeforeAPulseArriveAsOneBatch() {
        Pulses ui = new Pulses();
        List<List<Integer>> batches = new ArrayList<>();
        EventBatcher<Integer> batcher = new EventBatcher<>(ui, batches::add);
        for (int i = 0; i < 10_000; i++) {
            batcher.offer(i);
        }
        assertEquals(1, ui.pending.size());
        ui.take().forEach(Runnable::run);
        assertEquals(1, batches.size());
        assertEquals(10_000, batches.get(0).size());
    }

    @Test
    void anItemAfterADeliverySchedulesTheNextBatch() {
        Pulses ui = new Pulses();
        List<List<Integer>> batches = new ArrayList<>();
        EventBatcher<Integer> batcher = new EventBatcher<>(ui, batches::add);
        batcher.offer(1);
        ui.take().forEach(Runnable::run);
        batcher.offer(2);
        batcher.offer(3);
        ui.take().forEach(Runnable::run);
        assertEquals(List.of(List.of(1), List.of(2, 3)), batches);
    }

    @Test
    void itemsFromAnotherThreadKeepTheirOrder() throws InterruptedException {
        Pulses ui = new Pulses();
        List<Integer> received = new ArrayList<>();
        EventBatcher<Integer> batcher = new EventBatcher<>(ui, received::addAll);
        CountDownLatch done = new CountDownLatch(1);
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 50_000; i++) {
                batcher.offer(i);
            }
            done.countDown();
        });
        producer.start();
        while (done.getCount() > 0 || !ui.pending.isEmpty()) {
            ui.take().forEach(Runnable::run);
        }
        ui.take().forEach(Runnable::run);
        assertEquals(50_000, received.size());
        for (int i = 0; i < received.size(); i++) {
            assertEquals(i, received.get(i));
        }
    }
}
