package statewise.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import statewise.engine.corpus.SharedCorpus;
import statewise.engine.corpus.ListedCases;
import statewise.engine.run.conformance.CaseResult;
import statewise.engine.run.conformance.ConformanceCase;
import statewise.engine.run.conformance.ConformanceReport;
import statewise.engine.run.conformance.ConformanceRunner;

/**
 * The interpreter does what AWS did: every {@code execution} case of {@code cases/service-free}, in both query
 * languages (JSONPath and JSONata, variables, the Choice conditions), runs and compares equal to its recording with
 * its full event history. Cases we knowingly fail are listed with the reason in
 * {@code conformance/interpreter-known-failures.txt}; a listed case that starts passing fails this test too, so the
 * list only shrinks.
 */
class ConformanceTest {

    private static final String KNOWN_FAILURES = "/conformance/interpreter-known-failures.txt";
    private static final int FAILURES_SHOWN = 25;

    @Test
    void interpreterAgreesWithAwsOnEveryServiceFreeExecution() throws IOException {
        Map<String, String> known = ListedCases.read(KNOWN_FAILURES);
        List<ConformanceCase> cases = ConformanceCase.readAll(SharedCorpus.root()
                .resolve("conformance/cases/service-free")).stream()
                .filter(c -> c.kind().equals("execution"))
                .toList();
        ConformanceReport report = ConformanceRunner.interpreter().runAll(cases, result -> { });
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
        System.out.println("Interpreter conformance (service-free executions, JSONPath and JSONata):");
        report.table().forEach(line -> System.out.println("  " + line));
        System.out.println("  " + report.summary() + " (" + known.size() + " listed as known failures)");
        assertTrue(unexpected.isEmpty(), () -> unexpected.size() + " cases differ from AWS:\n\n"
                + String.join("\n\n", unexpected.subList(0, Math.min(FAILURES_SHOWN, unexpected.size())))
                + "\n\nTo list them as known failures, add to " + KNOWN_FAILURES + ":\n" + String.join("\n", toList));
        assertEquals(List.of(), fixedButListed, "these cases now pass: remove them from " + KNOWN_FAILURES);
    }

    /** The first difference on one line: what a known-failures entry says by default. */
    private static String reason(CaseResult result) {
        return result.comparison() == null ? result.message() : result.comparison().summary();
    }
}
