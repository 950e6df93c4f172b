package statewise.engine.run;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.corpus.SharedCorpus;
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

    @Test
    void interpreterAgreesWithAwsOnEveryServiceFreeExecution() throws IOException {
        List<ConformanceCase> cases = ConformanceCase.readAll(SharedCorpus.root()
                .resolve("conformance/cases/service-free")).stream()
                .filter(c -> c.kind().equals("execution"))
                .toList();
        ConformanceReport report = ConformanceRunner.interpreter().runAll(cases, result -> { });
        KnownFailures.check(report, KNOWN_FAILURES,
                "Interpreter conformance (service-free executions, JSONPath and JSONata):");
    }
}
