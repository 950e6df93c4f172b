package statewise.app.debug.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.run.history.EventType;

class EventFilterTest {

    private static final String FLOW = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:charge",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Notify"}], "End": true},
              "Notify": {"Type": "Pass", "Result": {"note": "declined card"}, "End": true}}}""";

    private static final String MOCKS = """
            {"StateMachines": {"flow": {"TestCases": {"fails": {"Charge": "Boom"}}}},
             "MockedResponses": {"Boom": {"0": {"Throw": {"Error": "PaymentDeclined", "Cause": "no"}}}}}""";

    private final List<EventRow> rows = rows();

    private static List<EventRow> rows() {
        AslDocument document = Runs.parse(FLOW);
        ExecutionRecord record = new ExecutionRecord("test", ExecutionRecord.Kind.RUN, Instant.EPOCH,
                Runs.pointers(document));
        record.append(Runs.run(document, "{}", MOCKS, "fails").history());
        return List.copyOf(record.rows());
    }

    @Test
    void stateFilterKeepsTheEventsOfThatStateOnly() {
        List<String> states = rows.stream().filter(EventFilter.ALL.withState("Charge")).map(EventRow::state)
                .distinct().toList();
        assertEquals(List.of("Charge"), states);
    }

    @Test
    void outcomeFilterKeepsFailures() {
        List<EventType> types = rows.stream().filter(EventFilter.ALL.withOutcome(EventRow.Outcome.FAILED))
                .map(EventRow::type).toList();
        assertEquals(List.of(EventType.LAMBDA_FUNCTION_FAILED), types);
    }

    @Test
    void typeFilterKeepsOneType() {
        List<String> states = rows.stream().filter(EventFilter.ALL.withType(EventType.TASK_STATE_ENTERED))
                .map(EventRow::state).toList();
        assertEquals(List.of("Charge"), states);
    }

    @Test
    void searchLooksInsideDetailsIgnoringCase() {
        List<String> states = rows.stream().filter(EventFilter.ALL.withSearch("DECLINED CARD"))
                .map(EventRow::state).distinct().toList();
        assertEquals(List.of("Notify", ""), states);
    }

    @Test
    void executionEventsBelongToNoState() {
        assertEquals("", rows.get(0).state());
        assertEquals(EventType.EXECUTION_STARTED, rows.get(0).type());
    }
}
