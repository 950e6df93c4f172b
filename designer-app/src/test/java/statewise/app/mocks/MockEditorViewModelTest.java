package statewise.app.mocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.app.fx.UiThread;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.mock.MockConfig;
import statewise.engine.run.mock.MockConfigReader;
import statewise.engine.suite.SuiteReader;
import statewise.engine.suite.SuiteReport;
import statewise.engine.suite.SuiteRunner;
import statewise.engine.suite.TestSuite;

class MockEditorViewModelTest {

    static final String FLOW = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Arguments": {"FunctionName": "charge"}, "QueryLanguage": "JSONata", "Next": "Ship"},
              "Ship": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                       "Parameters": {"QueueUrl": "q", "MessageBody.$": "$"}, "End": true}}}""";

    /** Runs handed-over work at once, on the caller's thread. */
    private static final UiThread NOW = new UiThread() {
        @Override
        public void execute(Runnable action) {
            action.run();
        }

        @Override
        public boolean isCurrent() {
            return true;
        }
    };

    @TempDir
    Path folder;

    private final Executor io = Runnable::run;
    private final MockEditorViewModel model = new MockEditorViewModel(NOW, io);
    private Path definition;
    private StateMachine machine;

    @BeforeEach
    void write() throws Exception {
        definition = folder.resolve("shop.asl.json");
        Files.writeString(definition, FLOW);
        machine = AslParser.parse(FLOW, DocumentFormat.JSON).stateMachine();
    }

    private void open() {
        boolean[] opened = new boolean[1];
        model.open(definition, machine, null, null, () -> opened[0] = true);
        assertTrue(opened[0]);
    }

    @Test
    void newTestCaseMocksEveryTaskStateWithAPlaceholder() {
        open();
        assertTrue(model.readyProperty().get());
        assertEquals(List.of(), model.testCases());

        assertTrue(model.edits().addTestCase("Happy"));

        assertEquals(List.of("Happy"), model.testCases());
        assertEquals(List.of(new StateRow("Charge", StateRow.Kind.MOCKED, "ChargeHappy"),
                new StateRow("Ship", StateRow.Kind.MOCKED, "ShipHappy")), model.states());
        assertEquals("Charge", model.stateProperty().get());
        assertEquals(List.of("0"), model.invocations());
        assertTrue(model.answer().returnTextProperty().get().contains("\"StatusCode\" : 200"));
        assertTrue(model.dirtyProperty().get());
        assertEquals("shop.mocks.json · shop.asl.tests.json", model.filesProperty().get());
    }

    @Test
    void throwAndExpectationsSavedAreWhatTheSuiteRuns() throws Exception {
        open();
        model.edits().addTestCase("Declined");
        model.answer().throwingProperty().set(true);
        model.answer().errorProperty().set("Card.Declined");
        model.expectation().statusProperty().set("FAILED");
        model.expectation().errorProperty().set("Card.Declined");
        model.expectation().skipsProperty().set("Ship");
        boolean[] saved = new boolean[1];

        model.save(() -> saved[0] = true);

        assertTrue(saved[0], model.messageProperty().get());
        assertFalse(model.dirtyProperty().get());
        Path tests = folder.resolve("shop.asl.tests.json");
        TestSuite suite = SuiteReader.read(Files.readString(tests), tests.toString()).suite();
        assertNotNull(suite);
        assertEquals("shop.mocks.json", suite.mocks());
        MockConfig mocks = MockConfigReader.read(Files.readString(folder.resolve("shop.mocks.json")),
                "shop.mocks.json").config();
        assertEquals(List.of(), SuiteRunner.check(machine, suite, mocks));
        SuiteReport report = SuiteRunner.run(SuiteRunner.request(machine, Instant.EPOCH), suite, mocks, o -> { });
        assertEquals(0, report.failed(), report.outcomes().toString());
        assertEquals(ExecutionStatus.FAILED, report.outcomes().get(0).result().status());
    }

    @Test
    void typingInTheReturnValueUndoesInOneStep() {
        open();
        model.edits().addTestCase("Happy");
        String placeholder = model.answer().returnTextProperty().get();

        model.answer().returnTextProperty().set("{\"Payload\": 1}");
        model.answer().returnTextProperty().set("{\"Payload\": 12}");
        model.answer().returnTextProperty().set("{\"Payload\": 123}");
        model.undo();

        assertEquals(placeholder, model.answer().returnTextProperty().get());
        model.undo();
        assertEquals(List.of(), model.testCases());
        assertFalse(model.dirtyProperty().get());
        model.redo();
        model.redo();
        assertEquals("{\n  \"Payload\" : 123\n}", model.answer().returnTextProperty().get());
    }

    @Test
    void returnThatIsNotJsonSaysWhereAndChangesNothing() {
        open();
        model.edits().addTestCase("Happy");
        model.save(() -> { });

        model.answer().returnTextProperty().set("{\"Payload\": \n  tru}");

        assertEquals("The Return value is not JSON at line 2, column 6: Unrecognized token 'tru': was expecting "
                + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                model.answer().problemProperty().get());
        assertFalse(model.dirtyProperty().get());
    }

    @Test
    void throwWithoutAnErrorNameIsRefused() {
        open();
        model.edits().addTestCase("Happy");
        model.answer().throwingProperty().set(true);
        assertEquals(AnswerViewModel.DEFAULT_ERROR, model.answer().errorProperty().get());

        model.answer().errorProperty().set(" ");

        assertEquals("A Throw needs an error name, such as States.TaskFailed or Payment.Declined.",
                model.answer().problemProperty().get());
    }

    @Test
    void staleStatesAreListedAndUnmockingRemovesThem() throws Exception {
        Files.writeString(folder.resolve("shop.mocks.json"), """
                {"StateMachines": {"shop": {"TestCases": {"Old": {"Charge": "Paid", "Bill": "Paid"},
                                                          "Other": {"Charge": "Paid"}}}},
                 "MockedResponses": {"Paid": {"0": {"Return": {}}}}}""");
        open();

        assertEquals(List.of(new StateRow("Charge", StateRow.Kind.MOCKED, "Paid"),
                new StateRow("Ship", StateRow.Kind.UNMOCKED, null),
                new StateRow("Bill", StateRow.Kind.STALE, "Paid")), model.states());
        assertEquals("Response 'Paid' also answers shop/Other: changing it changes theirs too.",
                model.answer().sharedProperty().get());
        model.stateProperty().set("Bill");
        model.edits().unmockState();
        model.stateProperty().set("Ship");
        model.edits().mockState();

        assertEquals(List.of(new StateRow("Charge", StateRow.Kind.MOCKED, "Paid"),
                new StateRow("Ship", StateRow.Kind.MOCKED, "ShipOld")), model.states());
    }

    @Test
    void renamingATestCaseRenamesItsTest() throws Exception {
        open();
        model.edits().addTestCase("Happy");
        model.expectation().visitsProperty().set("Charge, Ship");

        assertTrue(model.edits().renameTestCase("AllGood"));
        assertFalse(model.edits().renameTestCase(" "));

        assertEquals(List.of("AllGood"), model.testCases());
        assertEquals("Charge, Ship", model.expectation().visitsProperty().get());
        assertEquals("A test case needs a name.", model.messageProperty().get());
    }

    @Test
    void statesTheWorkflowDoesNotHaveAreNotExpected() {
        open();
        model.edits().addTestCase("Happy");
        model.save(() -> { });

        model.expectation().visitsProperty().set("Charge, Refund");

        assertEquals("The workflow has no state named 'Refund'.", model.expectation().problemProperty().get());
        assertFalse(model.dirtyProperty().get());
    }

    @Test
    void aMockFileWithErrorsIsNotEditedAndSaysWhere() throws Exception {
        Files.writeString(folder.resolve("shop.mocks.json"), """
                {"StateMachines": {"shop": {"TestCases": {"A": {"Charge": "Nope"}}}},
                 "MockedResponses": {}}""");

        open();

        assertFalse(model.readyProperty().get());
        assertEquals("shop.mocks.json line 1: No mocked response is named 'Nope'; define it under MockedResponses."
                + " — fix the file, then open the mock editor again.", model.messageProperty().get());
    }
}
