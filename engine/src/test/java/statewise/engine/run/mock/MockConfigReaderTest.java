package statewise.engine.run.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.document.Diagnostic;

class MockConfigReaderTest {

    static final String VALID = """
            {
              "StateMachines": {
                "Orders": {"TestCases": {"HappyPath": {"Charge": "ChargeOk", "Notify": "NotifyRetry"}}}
              },
              "MockedResponses": {
                "ChargeOk": {"0": {"Return": {"StatusCode": 200, "Payload": {"charged": true}}}},
                "NotifyRetry": {
                  "0-1": {"Throw": {"Error": "Lambda.TooManyRequestsException", "Cause": "slow down"}},
                  "2": {"Return": "sent"}
                }
              }
            }
            """;

    static String where(Diagnostic d) {
        return d.span().startLine() + ":" + d.span().startColumn() + " " + d.code() + " " + d.message();
    }

    @Test
    void aValidFileReadsWithoutDiagnostics() {
        MockConfigReader.Result result = MockConfigReader.read(VALID, "mocks.json");

        assertEquals(List.of(), result.diagnostics());
        MockConfig config = result.config();
        assertNotNull(config);
        assertEquals("0-1, 2", config.responses().get("NotifyRetry").coverage());
        assertEquals("ChargeOk", config.stateMachines().get("Orders").get("HappyPath").get("Charge"));
    }

    /** A file with one response, {@code R}, whose entries are the argument; they start at column 48. */
    static final String ONE_RESPONSE = "{\"StateMachines\": {}, \"MockedResponses\": {\"R\": %s}}";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"first": {"Return": 1}}                   | 1:49 invalid-value 'first' is not an invocation index: use "0"
            {"2-1": {"Return": 1}}                     | 1:49 invalid-value The range '2-1' ends before it starts.
            {"0": {}}                                  | 1:49 missing-field A mocked answer holds exactly one of
            {"0": {"Return": 1, "Throw": {}}}          | 1:49 conflicting-fields A mocked answer holds exactly one of
            {"0-2": {"Return": 1}, "2": {"Return": 2}} | 1:71 invalid-value Invocations '2' overlap '0-2': each
            {"0": {"Throw": {"Cause": "c"}}}           | 1:55 missing-field 'Throw' needs an 'Error' name (a string).
            {"0": {"Throw": {"Error": 1}}}             | 1:65 wrong-type 'Throw' needs an 'Error' name (a string).
            """)
    void badResponsesAreDiagnosticsAtTheirPosition(String entries, String expected) {
        MockConfigReader.Result result = MockConfigReader.read(ONE_RESPONSE.formatted(entries), "mocks.json");

        assertNull(result.config());
        String first = where(result.diagnostics().get(0));
        assertTrue(first.startsWith(expected), first);
    }

    @Test
    void anUnknownResponseNameIsReportedAtTheTestCaseEntry() {
        String text = """
                {"StateMachines": {"S": {"TestCases": {"T": {"A": "Nope"}}}},
                 "MockedResponses": {}}""";

        assertEquals("1:46 invalid-value No mocked response is named 'Nope'; define it under MockedResponses.",
                where(MockConfigReader.read(text, "mocks.json").diagnostics().get(0)));
    }

    @Test
    void unknownAndMissingFieldsAreReported() {
        MockConfigReader.Result result = MockConfigReader.read("{\"StateMachines\": {\"S\": {\"Cases\": {}}}}",
                "mocks.json");

        assertEquals(List.of("1:1 missing-field 'MockedResponses' is missing.",
                "1:20 missing-field 'TestCases' is missing.",
                "1:26 unknown-field Unknown field 'Cases'; expected TestCases."),
                result.diagnostics().stream().map(MockConfigReaderTest::where).sorted().toList());
    }

    @Test
    void syntaxErrorsAreReportedLikeDefinitionSyntaxErrors() {
        MockConfigReader.Result result = MockConfigReader.read("{\"StateMachines\": {", "mocks.json");

        assertNull(result.config());
        assertEquals("syntax-error", result.diagnostics().get(0).code());
        assertEquals(1, result.diagnostics().get(0).span().startLine());
    }
}
