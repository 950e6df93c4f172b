package statewise.engine.run.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.engine.corpus.SharedCorpus;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.run.WorkflowType;

class CaseReaderTest {

    static final String CHOICE_CASE =
            "v2_assign_test_assign_base_TestAssignBase_test_assign_in_choice_CONDITION_FALSE-d03da2fa";

    static Path caseFile(String folder, String id) {
        return SharedCorpus.root().resolve("conformance/cases").resolve(folder).resolve(id + ".json");
    }

    @Test
    void readsIdentityExpectationAndNormalizationFromACaseFile() throws IOException {
        ConformanceCase c = ConformanceCase.read(caseFile("service-free", CHOICE_CASE));

        assertEquals(CHOICE_CASE, c.id());
        assertEquals("execution", c.kind());
        assertEquals("service-free/assign", c.group());
        assertEquals(new ExecutionIdentity("111111111111", "us-east-1",
                "statemachine_create_and_record_execution_uid0001", "exec-exec0001",
                "arn:aws:iam::111111111111:role/fake-sfn-role"), c.identity());
        assertEquals(WorkflowType.STANDARD, c.type());
        assertEquals(Instant.parse("2024-12-27T16:02:37Z"), c.startTime());
        assertEquals("FAILED", c.expected().status());
        assertEquals("Condition is false", c.expected().cause().asText());
        assertEquals(List.of("ExecutionStarted", "ChoiceStateEntered", "ChoiceStateExited", "FailStateEntered",
                "ExecutionFailed"), c.expected().events());
        assertEquals(5, c.expected().history().size());
        assertEquals(new Transformer.Regex("exec-exec0001", "<ExecArnPart_0idx>"),
                c.normalization().transformers().get(4));
    }

    @Test
    void expressKindsRunAsExpressWorkflows() throws IOException {
        ConformanceCase c = ConformanceCase.read(caseFile("service-free",
                "v2_express_test_express_sync_TestExpressSync_test_base_BASE_PASS_RESULT-8a398bca"));

        assertEquals(WorkflowType.EXPRESS, c.type());
    }

    @Test
    void aFileThatIsNotACaseIsRefusedWithItsName(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("x.json"), "{\"id\": \"x\"}");

        InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> ConformanceCase.read(file));

        assertTrue(e.getMessage().startsWith(file + ": not a conformance case"), e.getMessage());
        Files.writeString(file, "{oops");
        assertInstanceOf(InvalidCaseException.class, assertThrows(IOException.class, () -> ConformanceCase.read(file)));
    }
}
