package statewise.app.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.fx.EngineExecutor;
import statewise.app.fx.QueuedUiThread;
import statewise.app.session.Analysis;
import statewise.app.session.DocumentSession;
import statewise.app.session.DocumentSource;
import statewise.app.session.NodePositions;
import statewise.engine.run.ExecutionStatus;

/** The debugger asks a run's task sources in the engine's order: the mock test case before the local services. */
class RunSourcesTest {

    private static final String FLOW = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "charge", "Payload.$": "$"}, "End": true}}}""";

    @TempDir
    Path folder;

    private final QueuedUiThread ui = new QueuedUiThread();
    private final ScheduledExecutorService engine = EngineExecutor.create("test");

    @AfterEach
    void close() {
        engine.shutdownNow();
    }

    @Test
    void mockedStateAnswersFromTheMockEvenWhenALocalEndpointServesItsFunction() throws Exception {
        Path definition = Files.writeString(folder.resolve("shop.asl.json"), FLOW);
        Files.writeString(folder.resolve("shop.mocks.json"), """
                {"StateMachines": {"shop": {"TestCases": {"Paid": {"Charge": "Ok"}}}},
                 "MockedResponses": {"Ok": {"0": {"Return": {"paid": true}}}}}""");
        Files.writeString(folder.resolve("shop.asl.run.json"), """
                {"allowedHosts": ["127.0.0.1"], "lambdaEndpoints": {"charge": "http://127.0.0.1:9/"}}""");
        DocumentSession session = new DocumentSession(engine, ui);
        session.load(DocumentSource.of(definition), Analysis.of("shop.asl.json", FLOW), NodePositions.none(), true);
        DebuggerViewModel model = new DebuggerViewModel(session, ui, Runnable::run, folder.resolve("debugger.json"),
                Clock.systemUTC());
        ui.runUntil(() -> model.options().testCases().contains("Paid"));
        model.options().testCaseProperty().set("Paid");

        model.run();
        ExecutionRecord record = model.shownProperty().get();
        ui.runUntil(() -> record.resultProperty().get() != null);

        assertEquals(ExecutionStatus.SUCCEEDED, record.statusProperty().get(), String.valueOf(record.resultProperty()
                .get().cause()));
        assertEquals("{\"paid\":true}", record.resultProperty().get().output().toString());
    }
}
