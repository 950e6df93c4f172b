package statewise.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.engine.corpus.SharedCorpus;

class ConformanceCommandTest {

    static final String PASS_CASE = "v2_base_test_base_TestSnfBase_test_state_pass_result-c4ee4ebf";

    @TempDir
    Path dir;

    /** A folder holding one recorded case (copied from the corpus) and, when asked, one we break on purpose. */
    Path corpus(boolean withBrokenCopy) throws IOException {
        Path cases = Files.createDirectories(dir.resolve("cases").resolve("service-free"));
        Path source = SharedCorpus.root().resolve("conformance/cases/service-free").resolve(PASS_CASE + ".json");
        Files.copy(source, cases.resolve(PASS_CASE + ".json"));
        if (withBrokenCopy) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode broken = (ObjectNode) json.readTree(source.toFile());
            broken.put("id", "broken");
            ((ObjectNode) broken.get("expected")).put("status", "FAILED");
            json.writeValue(cases.resolve("broken.json").toFile(), broken);
        }
        return dir.resolve("cases");
    }

    @Test
    void passingCasesExitZeroWithCountsAndSummary() throws IOException {
        CliRun run = CliRun.of("conformance", corpus(false).toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        assertEquals("1 passed, 0 failed", run.outLines().get(run.outLines().size() - 1));
        assertTrue(run.out().contains("service-free/base      1 passed      0 failed      0 skipped"), run.out());
    }

    @Test
    void aFailingCaseIsShownWithItsDifferencesAndExitsOne() throws IOException {
        CliRun run = CliRun.of("conformance", corpus(true).toString());

        assertEquals(ExitCodes.ERRORS, run.exitCode());
        assertEquals("FAIL broken (service-free/base, execution)", run.outLines().get(0));
        assertEquals("  status", run.outLines().get(1));
        assertEquals("1 passed, 1 failed", run.outLines().get(run.outLines().size() - 1));
    }

    @Test
    void filterAndOutWriteTheActualResultPerCase() throws IOException {
        Path out = dir.resolve("actual");

        CliRun run = CliRun.of("conformance", corpus(true).toString(), "--filter", "pass_result-", "--out",
                out.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.out());
        JsonNode actual = new ObjectMapper().readTree(out.resolve(PASS_CASE + ".json").toFile());
        assertEquals("SUCCEEDED", actual.get("status").asText());
        assertTrue(actual.get("history").get("events").isArray());
        assertTrue(Files.notExists(out.resolve("broken.json")));
    }

    @Test
    void aMissingFolderExitsTwo() {
        CliRun run = CliRun.of("conformance", dir.resolve("nope").toString());

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertEquals("statewise conformance: " + dir.resolve("nope") + ": no such file or directory",
                run.err().strip());
    }
}
