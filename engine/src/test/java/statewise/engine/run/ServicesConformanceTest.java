package statewise.engine.run;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import statewise.engine.corpus.SharedCorpus;
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

    @Test
    void testStateAndServiceExecutionsAgreeWithAws() throws IOException {
        List<ConformanceCase> cases = ConformanceCase.readAll(SharedCorpus.root().resolve("conformance/cases"))
                .stream()
                .filter(c -> TEST_STATE_KINDS.contains(c.kind())
                        || c.folder().equals("services") && c.kind().equals("execution"))
                .toList();
        Path objects = Path.of(URI.create(ServicesConformanceTest.class.getResource(S3_OBJECTS).toString()));
        ConformanceReport report = ConformanceRunner.interpreter().withObjects(objects).runAll(cases, result -> { });
        KnownFailures.check(report, KNOWN_FAILURES,
                "Services conformance (TestState cases, services executions):");
    }
}
