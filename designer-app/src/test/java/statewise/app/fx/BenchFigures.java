package statewise.app.fx;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * What the designer's benchmarks share: work run on the FX thread from the benchmark's own thread, and their
 * figures (nearest-rank percentiles, printed as one line of p50 and p95 in milliseconds), so every section of a
 * benchmark's output reads alike.
 */
public final class BenchFigures {

    private BenchFigures() {
    }

    /** Runs {@code work} on the FX thread and returns what it gave; fails after a minute. */
    public static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** The nearest-rank percentile of {@code values}. */
    public static long percentile(List<Long> values, int percent) {
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** Prints {@code label} with the p50 and p95 of {@code nanos} in milliseconds. */
    public static void line(String label, List<Long> nanos) {
        System.out.printf(Locale.ROOT, "%-62s %8.1f  %8.1f%n", label, percentile(nanos, 50) / 1e6,
                percentile(nanos, 95) / 1e6);
    }
}
