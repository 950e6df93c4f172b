package statewise.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import statewise.engine.document.DocumentFormat;

/**
 * {@link EditPatchBenchmark}'s three operations measured on a busy machine: they take turns, round after round,
 * and each is timed by the CPU time of its own thread, so that time spent waiting for a core does not count and a
 * busy spell is shared out among them. Prints the median milliseconds of each, the ratio of the full rewrite to
 * the applied edit (above 1: the patch is cheaper) and how many text edits the patch makes. Arguments: rounds
 * (default 40) and warm-up rounds (default 15). Run it on the test classpath, as {@code engine/bench/README.md}
 * shows for JMH, with the main class {@code statewise.engine.bench.EditPatchTiming} instead of JMH's.
 */
public final class EditPatchTiming {

    private static final String[] EDITS = {"renameOne", "renameShared", "add", "remove"};

    private EditPatchTiming() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf("%-13s %-5s %10s %10s %10s %16s %8s%n", "edit", "form", "apply ms", "patch ms",
                "rewrite ms", "rewrite / apply", "edits");
        for (DocumentFormat format : DocumentFormat.values()) {
            for (String edit : EDITS) {
                EditPatchBenchmark b = new EditPatchBenchmark();
                b.edit = edit;
                b.format = format.name();
                b.load();
                double[][] times = new double[3][rounds];
                for (int r = -warmUp; r < rounds; r++) {
                    double apply = cpuMillis(threads, b::apply);
                    double patch = cpuMillis(threads, b::patch);
                    double rewrite = cpuMillis(threads, b::rewrite);
                    if (r >= 0) {
                        times[0][r] = apply;
                        times[1][r] = patch;
                        times[2][r] = rewrite;
                    }
                }
                double apply = median(times[0]);
                System.out.printf(Locale.ROOT, "%-13s %-5s %10.2f %10.2f %10.2f %15.2fx %8d%n", edit, format, apply,
                        median(times[1]), median(times[2]), median(times[2]) / apply, b.apply().textEdits().size());
            }
        }
    }

    private static double cpuMillis(ThreadMXBean threads, Supplier<?> operation) {
        long start = threads.getCurrentThreadCpuTime();
        Object result = operation.get();
        long end = threads.getCurrentThreadCpuTime();
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return (end - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
