package statewise.engine.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.Diagnostic;

/**
 * One fuzzing run: generates the inputs of a run seed, checks each against the {@link ParserContract}, tallies the
 * diagnostics, keeps the first input of every distinct violation and shrinks it. Reports what a person needs to
 * reproduce and fix each one: the input's seed, how it was made, the minimized text as a Java literal, and the
 * stack trace.
 */
final class FuzzCampaign {

    /** Minimizing stops after this many re-checks per violation, so a report never takes long. */
    private static final int MINIMIZE_TRIES = 3_000;

    /** Only this many distinct violations are minimized and reported in full; the rest are counted. */
    private static final int REPORTED = 10;

    /** A violation, the input that first showed it and that input shrunk. */
    record Failure(FuzzInput input, ParserContract.Violation violation, String minimized) {
    }

    private final long runSeed;
    private final Map<String, Integer> codes = new TreeMap<>();
    private final Map<String, Failure> failures = new LinkedHashMap<>();
    private final Map<String, Integer> failureCounts = new LinkedHashMap<>();
    private int inputs;
    private long characters;
    private long elapsedNanos;
    private long slowestNanos;
    private @Nullable FuzzInput slowest;

    private FuzzCampaign(long runSeed) {
        this.runSeed = runSeed;
    }

    /** Checks {@code count} inputs of {@code runSeed}, then minimizes what failed. */
    static FuzzCampaign run(long runSeed, int count) {
        FuzzCampaign campaign = new FuzzCampaign(runSeed);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            campaign.check(InputGenerator.generate(InputGenerator.inputSeed(runSeed, i)));
        }
        campaign.elapsedNanos = System.nanoTime() - start;
        campaign.minimizeFailures();
        return campaign;
    }

    /** Checks the one input of {@code inputSeed}, as printed with a violation, and minimizes it if it fails. */
    static FuzzCampaign replay(long inputSeed) {
        FuzzCampaign campaign = new FuzzCampaign(inputSeed);
        long start = System.nanoTime();
        campaign.check(InputGenerator.generate(inputSeed));
        campaign.elapsedNanos = System.nanoTime() - start;
        campaign.minimizeFailures();
        return campaign;
    }

    private void check(FuzzInput input) {
        long start = System.nanoTime();
        ParserContract.Outcome outcome = ParserContract.check(input.text(), input.format());
        long took = System.nanoTime() - start;
        inputs++;
        characters += input.text().length();
        if (took > slowestNanos) {
            slowestNanos = took;
            slowest = input;
        }
        for (Diagnostic d : outcome.diagnostics()) {
            codes.merge(d.code(), 1, Integer::sum);
        }
        for (ParserContract.Violation v : outcome.violations()) {
            failureCounts.merge(v.signature(), 1, Integer::sum);
            if (failures.size() < REPORTED) {
                failures.putIfAbsent(v.signature(), new Failure(input, v, input.text()));
            }
        }
    }

    /** Shrinks each failing input, and describes the violation as the shrunk input shows it. */
    private void minimizeFailures() {
        failures.replaceAll((signature, f) -> {
            String minimized = InputMinimizer.minimize(f.input().text(), text -> violation(text, f, signature) != null,
                    MINIMIZE_TRIES);
            ParserContract.Violation shown = violation(minimized, f, signature);
            return new Failure(f.input(), shown != null ? shown : f.violation(), minimized);
        });
    }

    private static ParserContract.@Nullable Violation violation(String text, Failure f, String signature) {
        return ParserContract.check(text, f.input().format()).violations().stream()
                .filter(v -> v.signature().equals(signature)).findFirst().orElse(null);
    }

    /** Distinct violations found, including those beyond {@link #REPORTED}. */
    int distinctViolations() {
        return failureCounts.size();
    }

    /** One line: inputs, time, violations and diagnostics by code. */
    String summary() {
        return String.format("MutationFuzz: %,d inputs (run seed %d, %,d characters) in %.1f s, %d distinct contract"
                + " violations; slowest input %.0f ms (seed %d, %,d chars); diagnostics by code: %s",
                inputs, runSeed, characters, elapsedNanos / 1e9, failureCounts.size(), slowestNanos / 1e6,
                slowest == null ? 0 : slowest.seed(), slowest == null ? 0 : slowest.text().length(), codes);
    }

    /** Everything needed to reproduce and fix each violation. */
    String report() {
        StringBuilder out = new StringBuilder(summary()).append('\n');
        for (Failure f : failures.values()) {
            ParserContract.Violation v = f.violation();
            out.append("\nCONTRACT VIOLATION ").append(v.signature())
                    .append("\n  inputs showing it: ").append(failureCounts.get(v.signature()))
                    .append("\n  first seen in: ").append(v.call())
                    .append("\n  replay:    -Dstatewise.fuzz.replay=").append(f.input().seed())
                    .append("\n  made as:   ").append(f.input().description())
                    .append("\n  read as:   ").append(f.input().format())
                    .append("\n  minimized: \"").append(Escapes.java(f.minimized())).append("\" (")
                    .append(f.minimized().length()).append(" of ").append(f.input().text().length()).append(" chars)")
                    .append("\n  detail:    ").append(abbreviate(v.detail()));
            if (v.error() != null) {
                out.append("\n  stack trace:");
                StackTraceElement[] frames = v.error().getStackTrace();
                for (int i = 0; i < Math.min(frames.length, 25); i++) {
                    out.append("\n    at ").append(frames[i]);
                }
            }
            out.append('\n');
        }
        failureCounts.keySet().stream().filter(s -> !failures.containsKey(s))
                .forEach(s -> out.append("\nalso: ").append(s).append(" (").append(failureCounts.get(s))
                        .append(" inputs)"));
        return out.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }
}
