package statewise.app.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import statewise.app.debug.model.ExecutionRecord;
import statewise.engine.run.ExecutionStatus;

/** The debugger asks a run's task sources in the engine's order: the mock test case before the local services. */
class RunSourcesTest {

    private static final String FLOW = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "charge", "Payload.$": "$"}, "End": true}}}""";

    @RegisterExtension
    final DebuggerFixture fixture = new DebuggerFixture();

    @Test
    void mockedStateAnswersFromTheMockEvenWhenALocalEndpointServesItsFunction() throws Exception {
        Path folder = fixture.folder();
        Path definition = Files.writeString(folder.resolve("shop.asl.json"), FLOW);
        Files.writeString(folder.resolve("shop.mocks.json"), """
                {"StateMachines": {"shop": {"TestCases": {"Paid": {"Charge": "Ok"}}}},
                 "MockedResponses": {"Ok": {"0": {"Return": {"paid": true}}}}}""");
        Files.writeString(folder.resolve("shop.asl.run.json"), """
                {"allowedHosts": ["127.0.0.1"], "lambdaEndpoints": {"charge": "http://127.0.0.1:9/"}}""");
        DebuggerViewModel model = fixture.open(definition, FLOW);
        fixture.ui.runUntil(() -> model.options().testCases().contains("Paid"));
        model.options().testCaseProperty().set("Paid");

        model.run();
        ExecutionRecord record = model.shownProperty().get();
        fixture.ui.runUntil(() -> record.resultProperty().get() != null);

        assertEquals(ExecutionStatus.SUCCEEDED, record.statusProperty().get(), String.valueOf(record.resultProperty()
                .get().cause()));
        assertEquals("{\"paid\":true}", record.resultProperty().get().output().toString());
    }

    @Test
    void aMockTestCaseNamingAStateTheWorkflowLacksStopsTheRunWithTheFileLineAndState() throws Exception {
        Path folder = fixture.folder();
        Path definition = Files.writeString(folder.resolve("shop.asl.json"), FLOW);
        Files.writeString(folder.resolve("shop.mocks.json"), """
                {"StateMachines": {"shop": {"TestCases": {"Paid": {"Chrage": "Ok"}}}},
                 "MockedResponses": {"Ok": {"0": {"Return": {"paid": true}}}}}""");
        DebuggerViewModel model = fixture.open(definition, FLOW);
        fixture.ui.runUntil(() -> model.options().testCases().contains("Paid"));
        model.options().testCaseProperty().set("Paid");

        model.run();

        assertNull(model.shownProperty().get());
        assertEquals("shop.mocks.json:1:52: error invalid-value State 'Chrage' in test case 'Paid' is not in the "
                + "state machine 'shop' (Task states: Charge); rename or remove it.",
                model.messageProperty().get());
    }
}
