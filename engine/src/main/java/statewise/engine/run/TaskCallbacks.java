package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The way in for a person (the debugger, a test, a script) answering the tasks of a running execution that wait
 * for a callback: {@code .waitForTaskToken} tasks, activities and {@code .sync} tasks with nobody else to answer.
 * It does what AWS's SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat do, from any thread; the execution takes
 * the answers on its own thread at its next step.
 *
 * <p>Time: on the real clock a waiting task's HeartbeatSeconds and TimeoutSeconds run as on AWS. On the virtual
 * clock a person's thinking time does not count: an answer given in time is recorded at the instant the task began
 * waiting. While a task waits for a person and nothing else can run, the execution waits in real time for as long as
 * the next timer of the execution (the task's heartbeat or timeout, a Wait elsewhere, a retry) is ahead on the
 * virtual clock; each message (a heartbeat too) starts that real-time wait again. If no message came by then, the
 * virtual clock jumps to that timer and it fires, so a task with {@code TimeoutSeconds: 5} gives a silent person five
 * real seconds. Without a {@code TaskCallbacks} (a plain {@link Interpreter#run}), nobody can
 * answer and waiting tasks time out as they would on AWS with no worker.
 */
public final class TaskCallbacks {

    /** What happened to a message sent for a token. */
    public enum Reply {
        /** The waiting task takes the message. */
        ACCEPTED,
        /** No task waits for this token: unknown, already answered, timed out, or its execution ended. */
        TASK_DOES_NOT_EXIST
    }

    /**
     * A task waiting for its answer.
     *
     * @param token     the task token ({@code $$.Task.Token})
     * @param stateName the Task state's name
     * @param resource  its Resource ARN
     * @param input     what the resource received (the TaskScheduled parameters or input)
     */
    public record Waiting(String token, String stateName, String resource, JsonNode input,
            IntegrationPattern pattern) {
    }

    /** A message for a token: an answer, or a heartbeat when {@code answer} is null. */
    record Message(String token, @Nullable TaskOutcome answer) {
    }

    private static final long SLICE_MILLIS = 50;

    private final Map<String, Waiting> open = new LinkedHashMap<>();
    private final BlockingQueue<Message> inbox = new LinkedBlockingQueue<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** SendTaskSuccess: the task succeeds with {@code output} as its result. */
    public Reply sendTaskSuccess(String token, JsonNode output) {
        return send(new Message(token, TaskOutcome.success(output)));
    }

    /** SendTaskFailure: the task fails with {@code error} and {@code cause} (both optional, as on AWS). */
    public Reply sendTaskFailure(String token, @Nullable String error, @Nullable String cause) {
        return send(new Message(token, TaskOutcome.failure(error == null ? "" : error, cause)));
    }

    /** SendTaskHeartbeat: the task's HeartbeatSeconds start again. */
    public Reply sendTaskHeartbeat(String token) {
        return send(new Message(token, null));
    }

    /**
     * Tells {@code listener} whenever the tasks waiting for a person change (one begins waiting, is answered, times
     * out or its execution ends), so a debugger need not poll {@link #waiting()}. Told on the thread that made the
     * change (the execution's, or the sender's), outside any lock: hand the news to your own thread, do not block.
     */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** The tasks waiting for a person now, in the order they began waiting. */
    public synchronized List<Waiting> waiting() {
        return List.copyOf(new ArrayList<>(open.values()));
    }

    private Reply send(Message message) {
        boolean answered;
        synchronized (this) {
            if (!open.containsKey(message.token())) {
                return Reply.TASK_DOES_NOT_EXIST;
            }
            answered = message.answer() != null && open.remove(message.token()) != null;
            inbox.add(message);
        }
        if (answered) {
            changed();
        }
        return Reply.ACCEPTED;
    }

    void opened(Waiting waiting) {
        synchronized (this) {
            open.put(waiting.token(), waiting);
        }
        changed();
    }

    void closed(String token) {
        boolean removed;
        synchronized (this) {
            removed = open.remove(token) != null;
        }
        if (removed) {
            changed();
        }
    }

    synchronized boolean anyOpen() {
        return !open.isEmpty();
    }

    void closeAll() {
        boolean any;
        synchronized (this) {
            any = !open.isEmpty();
            open.clear();
            inbox.clear();
        }
        if (any) {
            changed();
        }
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    /** A message that has arrived, without waiting; null when there is none. */
    @Nullable Message poll() {
        return inbox.poll();
    }

    /**
     * Waits up to {@code max} (null: without limit) for a message, checking for a stop request in between.
     *
     * @return the message, or null when {@code max} passed without one
     */
    @Nullable Message await(@Nullable Duration max, DebugHooks hooks) throws InterruptedException {
        long start = System.nanoTime();
        long limit = max == null ? Long.MAX_VALUE : saturatedNanos(max);
        while (true) {
            hooks.checkStop();
            long left = limit - (System.nanoTime() - start);
            if (left <= 0) {
                return null;
            }
            Message message = inbox.poll(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, SLICE_MILLIS),
                    TimeUnit.MILLISECONDS);
            if (message != null) {
                return message;
            }
        }
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
