package statewise.app.shell;

import static statewise.app.fx.BenchFigures.line;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

/**
 * Where the time of each measured keystroke of {@link DesignerLatencyBenchmark} goes, so its slowest keystrokes can
 * be told apart: the editor's work until the session hears of the keystroke (the typing pause starts there), the
 * reparse's start past the pause, the reparse on the engine thread (parse, validate and what changed), the wait for
 * the FX thread, publishing the change to every view, the frame after it, the garbage collections inside the
 * keystroke's window, and the processor time of the FX, engine and render threads. The engine executor it hands out
 * records when each of its tasks starts and ends; the benchmark records the rest.
 */
final class KeystrokeBreakdown {

    /**
     * One keystroke's times, in nanoseconds, the collections that ran between the keystroke and its frame, and the
     * CPU time the FX, engine and render threads used in that window (on a loaded machine the wall times mostly
     * say how long each thread waited for a core; CPU times say what the work costs).
     */
    record Row(long total, long typed, long lateStart, long engine, long handOff, long publish, long frame,
            long collections, long collectionMillis, long fxCpu, long engineCpu, long renderCpu) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<Row> rows = new ArrayList<>();
    /** The start and end of each engine task since the last keystroke, in nanoseconds. */
    private final List<long[]> tasks = new CopyOnWriteArrayList<>();
    private volatile long engineThread = -1;
    private volatile long fxThread = -1;
    private long[] cpuBefore = new long[3];

    /** A single-threaded engine executor, like {@code EngineExecutor.create}, that records its tasks' times. */
    ScheduledExecutorService engine() {
        AtomicInteger count = new AtomicInteger();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "statewise-engine-" + count.incrementAndGet());
            thread.setDaemon(true);
            engineThread = thread.getId();
            return thread;
        }) {
            private long[] running = new long[2];

            @Override
            protected void beforeExecute(Thread thread, Runnable task) {
                running = new long[] {System.nanoTime(), Long.MAX_VALUE};
                tasks.add(running);
            }

            @Override
            protected void afterExecute(Runnable task, Throwable failure) {
                running[1] = System.nanoTime();
            }
        };
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /** Called on the FX thread once, so its CPU time can be read. */
    void watchFxThread() {
        fxThread = Thread.currentThread().getId();
    }

    /** A keystroke is about to be typed: forgets the engine tasks so far and notes the threads' CPU times. */
    void typing() {
        tasks.clear();
        cpuBefore = cpuTimes();
    }

    private long[] cpuTimes() {
        long render = -1;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("QuantumRenderer")) {
                render = THREADS.getThreadCpuTime(thread.getId());
            }
        }
        return new long[] {THREADS.getThreadCpuTime(fxThread), THREADS.getThreadCpuTime(engineThread), render};
    }

    /** The garbage collections so far: their count and their total time in milliseconds. */
    static long[] collections() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            millis += Math.max(0, bean.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    /**
     * Records a keystroke typed at {@code typedAt}, which reached the session at {@code sessionAt}, and whose
     * reparse, after {@code pauseNanos}, was published from {@code publishStart} to {@code publishEnd} and laid out
     * at {@code frameAt}; {@code gcBefore} is {@link #collections()} at the keystroke.
     */
    void add(long typedAt, long sessionAt, long pauseNanos, long publishStart, long publishEnd, long frameAt,
            long[] gcBefore) {
        long[] gcAfter = collections();
        long[] cpu = cpuTimes();
        long[] reparse = tasks.stream().filter(t -> t[0] <= publishStart).reduce((a, b) -> b)
                .orElse(new long[] {publishStart, publishStart});
        long reparseEnd = Math.min(reparse[1], publishStart);
        rows.add(new Row(frameAt - typedAt - pauseNanos, sessionAt - typedAt, reparse[0] - sessionAt - pauseNanos,
                reparseEnd - reparse[0], publishStart - reparseEnd, publishEnd - publishStart, frameAt - publishEnd,
                gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1], cpu[0] - cpuBefore[0], cpu[1] - cpuBefore[1],
                cpu[2] - cpuBefore[2]));
    }

    /** Prints each part's p50 and p95, then the slowest twentieth of the keystrokes one by one. */
    void report() {
        System.out.println();
        System.out.println("keystroke breakdown (milliseconds)                            p50       p95");
        part("  keystroke -> the session hears of it (the pause starts)", Row::typed);
        part("  reparse started past the pause", Row::lateStart);
        part("  reparse on the engine thread (parse, validate, changes)", Row::engine);
        part("  result waiting for the FX thread", Row::handOff);
        part("  publishing the change to every view", Row::publish);
        part("  published -> frame laid out", Row::frame);
        part("CPU of the FX thread, keystroke -> frame", Row::fxCpu);
        part("CPU of the engine thread, keystroke -> frame", Row::engineCpu);
        part("CPU of the render thread, keystroke -> frame", Row::renderCpu);
        long withGc = rows.stream().filter(r -> r.collections() > 0).count();
        System.out.printf(Locale.ROOT, "keystrokes with a GC inside their window: %d of %d%n", withGc, rows.size());
        List<Row> slowest = rows.stream().sorted(Comparator.comparingLong(Row::total).reversed())
                .limit(Math.max(1, rows.size() / 20)).toList();
        System.out.println("slowest keystrokes: total = heard + late + engine + hand-off + publish + frame;"
                + " GCs (ms); CPU of FX, engine, render");
        for (Row r : slowest) {
            System.out.printf(Locale.ROOT, "  %6.1f = %5.1f + %5.1f + %5.1f + %5.1f + %5.1f + %5.1f; %d (%d);"
                    + " %.1f %.1f %.1f%n", ms(r.total()), ms(r.typed()), ms(r.lateStart()), ms(r.engine()),
                    ms(r.handOff()), ms(r.publish()), ms(r.frame()), r.collections(), r.collectionMillis(),
                    ms(r.fxCpu()), ms(r.engineCpu()), ms(r.renderCpu()));
        }
    }

    private void part(String label, ToLongFunction<Row> part) {
        line(label, rows.stream().map(part::applyAsLong).toList());
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
