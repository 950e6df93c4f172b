package statewise.app.fx;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's long operations (opening a file, laying out a huge diagram, a run, an export), so one place can
 * show them with their progress and a cancel button. The operation decides what cancelling means: {@link #submit}
 * interrupts its thread and drops its result; an operation started with {@link #start} passes its own stop (an
 * execution's stop, abandoning a layout). Only the UI thread starts, cancels and lists jobs.
 */
public final class Jobs {

    /** Work run as a job; it may poll {@link Job#cancelled()} between steps and report {@link Job#progress}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Job job) throws Exception;
    }

    private static final System.Logger LOG = System.getLogger(Jobs.class.getName());

    private final UiThread ui;
    private final ObservableList<Job> running = FXCollections.observableArrayList();
    private final ObservableList<Job> view = FXCollections.unmodifiableObservableList(running);

    public Jobs(UiThread ui) {
        this.ui = ui;
    }

    /** The jobs still running, oldest first. UI thread only. */
    public ObservableList<Job> running() {
        return view;
    }

    /** Registers an operation that runs elsewhere; {@code stop} is how cancelling stops it. UI thread. */
    public Job start(String title, Runnable stop) {
        ui.check();
        Job job = new Job(this, title, stop);
        running.add(job);
        return job;
    }

    /**
     * Runs {@code work} on {@code executor} as a job. Its result reaches {@code done} on the UI thread unless the
     * job was cancelled; cancelling interrupts the work's thread, so work that waits or polls the token stops, and
     * work that cannot stop (a read stuck on a pipe) is abandoned. A failure of the work is a bug: it is logged,
     * and {@code done} is not called.
     */
    public <T> Job submit(ExecutorService executor, String title, Work<T> work, Consumer<T> done) {
        AtomicReference<Future<?>> future = new AtomicReference<>();
        Job job = start(title, () -> {
            Future<?> running = future.get();
            if (running != null) {
                running.cancel(true);
            }
        });
        future.set(executor.submit(() -> {
            try {
                T result = work.run(job);
                ui.execute(() -> {
                    if (job.finish()) {
                        done.accept(result);
                    }
                });
            } catch (CancellationException | InterruptedException e) {
                ui.execute(job::finish);
            } catch (Exception e) {
                LOG.log(System.Logger.Level.ERROR, title + " failed", e);
                ui.execute(job::finish);
            }
        }));
        return job;
    }

    UiThread ui() {
        return ui;
    }

    void remove(Job job) {
        running.remove(job);
    }
}
