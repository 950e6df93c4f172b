package statewise.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import statewise.engine.corpus.ListedCases;
import statewise.engine.corpus.SharedCorpus;
import statewise.engine.run.conformance.CaseResult;
import statewise.engine.run.conformance.ConformanceCase;
import statewise.engine.run.conformance.ConformanceReport;
import statewise.engine.run.conformance.ConformanceRunner;

/**
 * Tasks that talk to the world do what AWS did: every {@code test_state} and {@code test_state_error} case of the
 * corpus (both folders) through the TestState API, and every {@code execution} case of {@code cases/services} with
 * the Task results its recording implies (the corpus's Lambda handlers, its recorded results). Prints the pass
 * counts per category and kind. Cases we knowingly fail are listed with the reason in
 * {@code conformance/services-known-failures.txt}; a new failure fails this test, and so does a listed case that
 * passes, so the list only shrinks.
 */
class ServicesConformanceTest {

    private static final String KNOWN_FAILURES = "/conformance/services-known-failures.txt";
    /** The S3 objects the distributed-Map cases read, one folder per case (see its README). */
    private static final String S3_OBJECTS = "/conformance/s3-objects";
    private static final Set<String> TEST_STATE_KINDS = Set.of("test_state", "test_state_error");
    private static final int FAILURES_SHOWN = 25;

    @Test
    void testStateAndServiceExecutionsAgreeWithAws() throws IOException {
        Map<String, String> known = ListedCases.read(KNOWN_FAILURES);
        List<ConformanceCase> cases = ConformanceCase.readAll(SharedCorpus.root().resolve("conformance/cases"))
                .stream()
                .filter(c -> TEST_STATE_KINDS.contains(c.kind())
                        || c.folder().equals("services") && c.kind().equals("execution"))
                .toList();
        Path objects = Path.of(URI.create(ServicesConformanceTest.class.getResource(S3_OBJECTS).toString()));
        ConformanceReport report = ConformanceRunner.interpreter().withObjects(objects).runAll(cases, result -> { });
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
        System.out.println("Services conformance (TestState cases, services executions):");
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
