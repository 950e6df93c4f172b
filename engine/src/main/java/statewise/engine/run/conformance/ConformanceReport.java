package statewise.engine.run.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The outcome of a conformance run: pass counts per {@code folder/category} and per kind, and the summary line
 * {@code N passed, M failed}.
 */
public final class ConformanceReport {

    /** Counts for one group of cases; errors count as failed. */
    public record Counts(int passed, int failed, int skipped) {

        Counts plus(CaseResult result) {
            return new Counts(passed + (result.passed() ? 1 : 0), failed + (result.failed() ? 1 : 0),
                    skipped + (result.outcome() == CaseResult.Outcome.SKIPPED ? 1 : 0));
        }
    }

    private static final Counts NONE = new Counts(0, 0, 0);

    private final List<CaseResult> results;

    public ConformanceReport(List<CaseResult> results) {
        this.results = List.copyOf(results);
    }

    public List<CaseResult> results() {
        return results;
    }

    /** By {@code folder/category}, sorted. */
    public Map<String, Counts> byGroup() {
        return countBy(r -> r.testCase().group());
    }

    /** By case kind, sorted. */
    public Map<String, Counts> byKind() {
        return countBy(r -> r.testCase().kind());
    }

    public Counts total() {
        Counts total = NONE;
        for (CaseResult result : results) {
            total = total.plus(result);
        }
        return total;
    }

    /** {@code N passed, M failed}. */
    public String summary() {
        Counts total = total();
        return total.passed() + " passed, " + total.failed() + " failed";
    }

    /** One aligned line per group, then one per kind: {@code service-free/assign  20 passed  3 failed  0 skipped}. */
    public List<String> table() {
        List<String> lines = new ArrayList<>();
        int width = byGroup().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (String kind : byKind().keySet()) {
            width = Math.max(width, ("kind " + kind).length());
        }
        String format = "%-" + width + "s  %5d passed  %5d failed  %5d skipped";
        byGroup().forEach((group, c) -> lines.add(String.format(format, group, c.passed(), c.failed(), c.skipped())));
        byKind().forEach((kind, c) -> lines.add(String.format(format, "kind " + kind, c.passed(), c.failed(),
                c.skipped())));
        return lines;
    }

    private Map<String, Counts> countBy(Function<CaseResult, String> key) {
        Map<String, Counts> counts = new TreeMap<>();
        results.forEach(r -> counts.merge(key.apply(r), NONE.plus(r), (a, b) -> new Counts(a.passed() + b.passed(),
                a.failed() + b.failed(), a.skipped() + b.skipped())));
        return counts;
    }
}
