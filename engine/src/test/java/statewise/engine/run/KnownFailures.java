package statewise.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import statewise.engine.corpus.ListedCases;
import statewise.engine.run.conformance.CaseResult;
import statewise.engine.run.conformance.ConformanceReport;

/**
 * Holds a conformance report to a known-failures list: prints the per-category table, then fails on a case that
 * differs from AWS without being listed (saying the line to add) and on a listed case that now passes, so each list
 * only shrinks.
 */
final class KnownFailures {

    private static final int FAILURES_SHOWN = 25;

    private KnownFailures() {
    }

    static void check(ConformanceReport report, String knownFailuresResource, String title) throws IOException {
        Map<String, String> known = ListedCases.read(knownFailuresResource);
        List<String> unexpected = new ArrayList<>();
        List<String> toList = new ArrayList<>();
        List<String> fixedButListed = new ArrayList<>();
        for (CaseResult result : report.results()) {
            String id = result.testCase().id();
            if (result.failed() && !known.containsKey(id)) {
                unexpected.add(String.join("\n", result.report()));
                toList.add(id + " " + reason(result));
            } else if (result.passed() && known.containsKey(id)) {
                fixedButListed.add(id);
            }
        }
        System.out.println(title);
        report.table().forEach(line -> System.out.println("  " + line));
        System.out.println("  " + report.summary() + " (" + known.size() + " listed as known failures)");
        assertTrue(unexpected.isEmpty(), () -> unexpected.size() + " cases differ from AWS:\n\n"
                + String.join("\n\n", unexpected.subList(0, Math.min(FAILURES_SHOWN, unexpected.size())))
                + "\n\nTo list them as known failures, add to " + knownFailuresResource + ":\n"
                + String.join("\n", toList));
        assertEquals(List.of(), fixedButListed, "these cases now pass: remove them from " + knownFailuresResource);
    }

    /** The first difference on one line: what a known-failures entry says by default. */
    private static String reason(CaseResult result) {
        return result.comparison() == null ? result.message() : result.comparison().summary();
    }
}
