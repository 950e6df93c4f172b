package statewise.engine.run.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.Severity;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;
import statewise.engine.parse.UserFile;

class DefinitionFitTest {

    static final String ORDERS = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Fan"},
              "Fan": {"Type": "Parallel", "Next": "Each", "Branches": [
                {"StartAt": "Notify", "States": {
                  "Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true}}}]},
              "Each": {"Type": "Map", "Next": "Done", "ItemProcessor": {"StartAt": "Pack", "States": {
                "Pack": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}},
              "Done": {"Type": "Pass", "End": true}
            }}
            """;

    static StateMachine machine(String text) {
        StateMachine machine = AslParser.parse(text).stateMachine();
        assertNotNull(machine);
        return machine;
    }

    static List<String> lines(String mocks, String definition) {
        return MockResolverTest.resolver(mocks, "Case").mismatches(machine(definition)).stream()
                .map(d -> UserFile.line("mocks.json", d)).toList();
    }

    static String mocks(String testCase) {
        return "{\"StateMachines\": {\"Orders\": {\"TestCases\": {\"Case\": " + testCase + "}}},\n"
                + " \"MockedResponses\": {\"Ok\": {\"0\": {\"Return\": {}}}}}";
    }

    @Test
    void aTestCaseMockingOnlyTaskStatesFits() {
        assertEquals(List.of(), lines(mocks("{\"Charge\": \"Ok\", \"Notify\": \"Ok\", \"Pack\": \"Ok\"}"), ORDERS));
    }

    @Test
    void aStateTheDefinitionLacksIsAnErrorAtItsLineNamingTheTaskStates() {
        assertEquals(List.of("mocks.json:1:70: error invalid-value State 'Chrage' in test case 'Case' is not in the "
                + "state machine 'Orders' (Task states: Charge, Notify, Pack); rename or remove it."),
                lines(mocks("{\"Notify\": \"Ok\", \"Chrage\": \"Ok\"}"), ORDERS));
    }

    @Test
    void aMockedPassStateIsAWarningBecauseNoRunInvokesIt() {
        List<Diagnostic> found = MockResolverTest.resolver(mocks("{\"Done\": \"Ok\"}"), "Case")
                .mismatches(machine(ORDERS));

        assertEquals(1, found.size());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("mocks.json:1:54: warning no-effect State 'Done' in test case 'Case' is a Pass state: only "
                + "Task states call services, so this mock is never used (Step Functions Local ignores it too).",
                UserFile.line("mocks.json", found.get(0)));
    }

    @Test
    void everyUnknownStateIsReportedInFileOrder() {
        List<String> found = lines(mocks("{\"Zeta\": \"Ok\", \"Alpha\": \"Ok\"}"), ORDERS);

        assertEquals(2, found.size());
        assertEquals(List.of("Zeta", "Alpha"), found.stream().map(l -> l.replaceAll(".*State '(\\w+)'.*", "$1"))
                .toList());
    }

    @Test
    void statesOfTheStateMachinesARunStartsMayBeMocked() {
        MockResolver resolver = MockResolverTest.resolver(mocks("{\"Charge\": \"Ok\", \"Audit\": \"Ok\"}"), "Case");
        StateMachine child = machine("""
                {"StartAt": "Audit", "States": {
                  "Audit": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}
                """);

        assertEquals(List.of(), resolver.mismatches(machine(ORDERS), List.of(child)));
        assertEquals("State 'Audit' in test case 'Case' is not in the state machine 'Orders' (Task states: Charge, "
                + "Notify, Pack); rename or remove it.", resolver.mismatches(machine(ORDERS)).get(0).message());
    }

    @Test
    void aLongListOfTaskStatesIsCut() {
        StringBuilder definition = new StringBuilder("{\"StartAt\": \"T0\", \"States\": {");
        for (int i = 0; i < 25; i++) {
            definition.append(i == 0 ? "" : ",").append("\"T").append(i).append("\": {\"Type\": \"Task\", ")
                    .append("\"Resource\": \"arn:aws:states:::lambda:invoke\", ")
                    .append(i == 24 ? "\"End\": true}" : "\"Next\": \"T" + (i + 1) + "\"}");
        }
        String message = MockResolverTest.resolver(mocks("{\"X\": \"Ok\"}"), "Case")
                .mismatches(machine(definition.append("}}").toString())).get(0).message();

        assertEquals("State 'X' in test case 'Case' is not in the state machine 'Orders' (Task states: T0, T1, T2, "
                + "T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, and 5 more); rename "
                + "or remove it.", message);
    }

    @Test
    void aDefinitionWithoutTasksSaysSo() {
        String message = MockResolverTest.resolver(mocks("{\"X\": \"Ok\"}"), "Case").mismatches(machine("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}
                """)).get(0).message();

        assertEquals("State 'X' in test case 'Case' is not in the state machine 'Orders' (it has no Task states); "
                + "rename or remove it.", message);
    }
}
