package statewise.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;
import statewise.engine.run.ExecutionResult;

/**
 * How many bytes of heap a finished execution keeps per history event, and which classes they are: the memory
 * half of {@code engine/bench/interpreter-vs-als.sh}. It runs a large workload several times and, for each run,
 * compares the heap used after a full GC before the run with the heap used after a full GC while the
 * {@link ExecutionResult} is still held. Then it diffs two class histograms (JVM's {@code GC.class_histogram})
 * taken the same way, to show what dominates.
 *
 * <p>Arguments: workload ({@code loop}, {@code loop-task} or {@code map}), size, repetitions; default
 * {@code loop 100000 5}. It prints {@code bytes_per_event median=B events=E runs=[...]} and then the classes that
 * grew most. A measurement, not a test: it asserts nothing about size.
 */
public final class HistoryMemoryProbe {

    private static final int TOP_CLASSES = 12;

    private HistoryMemoryProbe() {
    }

    public static void main(String[] args) throws JMException {
        String name = args.length > 0 ? args[0] : "loop";
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        BenchWorkload workload = switch (name) {
            case "loop" -> BenchWorkload.loop(size);
            case "loop-task" -> BenchWorkload.loopTask(size);
            case "map" -> BenchWorkload.map(size);
            default -> throw new IllegalArgumentException("unknown workload " + name);
        };
        workload.verify(workload.run());
        List<Double> perEvent = new ArrayList<>();
        long events = 0;
        for (int i = 0; i < repetitions; i++) {
            long before = usedAfterGc();
            ExecutionResult result = workload.verify(workload.run());
            long after = usedAfterGc();
            events = result.history().size();
            perEvent.add((double) (after - before) / events);
            Reference.reachabilityFence(result);
        }
        List<Double> sorted = perEvent.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "bytes_per_event median=%.1f events=%d workload=%s size=%d runs=%s%n",
                sorted.get(sorted.size() / 2), events, name, size, format(perEvent));
        printHistogramGrowth(workload, events);
    }

    /** Heap used after two full collections (the second finishes what finalizers and references left). */
    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void printHistogramGrowth(BenchWorkload workload, long events) throws JMException {
        Map<String, long[]> before = histogram();
        ExecutionResult result = workload.run();
        Map<String, long[]> after = histogram();
        Reference.reachabilityFence(result);
        List<Map.Entry<String, long[]>> growth = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, long[]> entry : after.entrySet()) {
            long[] was = before.getOrDefault(entry.getKey(), new long[2]);
            long[] delta = {entry.getValue()[0] - was[0], entry.getValue()[1] - was[1]};
            total += delta[1];
            growth.add(Map.entry(entry.getKey(), delta));
        }
        growth.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed());
        System.out.printf(Locale.ROOT, "histogram growth: %d bytes = %.1f per event; top classes:%n", total,
                (double) total / events);
        for (Map.Entry<String, long[]> entry : growth.subList(0, Math.min(TOP_CLASSES, growth.size()))) {
            long[] delta = entry.getValue();
            System.out.printf(Locale.ROOT, "  %6.1f B/event %6.2f obj/event  %5.1f%%  %s%n", (double) delta[1] / events,
                    (double) delta[0] / events, 100.0 * delta[1] / total, entry.getKey());
        }
    }

    /**
     * The live objects per class, as {@code jcmd PID GC.class_histogram} prints them (it runs a full GC first).
     *
     * @return class name to {instances, bytes}
     */
    private static Map<String, long[]> histogram() throws JMException {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 4 && columns[0].endsWith(":")) {
                classes.merge(columns[3], new long[] {Long.parseLong(columns[1]), Long.parseLong(columns[2])},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        return classes;
    }

    private static String format(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList().toString();
    }
}
