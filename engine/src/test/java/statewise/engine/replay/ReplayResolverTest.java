package statewise.engine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.ExecutionStatus;

class ReplayResolverTest {

    private static final ExecutionResult RECORDED = Recordings.run(Recordings.ORDER, Recordings.INPUT,
            Recordings.awsLike());

    @Test
    void replayingARecordingReproducesItsHistoryAndResult() {
        RecordedExecution recording = Recordings.read(Recordings.historyFile(RECORDED));

        ExecutionResult replayed = Recordings.run(Recordings.ORDER, recording.input().toString(),
                recording.resolver());

        assertEquals(ExecutionStatus.SUCCEEDED, RECORDED.status());
        assertEquals(Recordings.types(RECORDED), Recordings.types(replayed));
        assertEquals(RECORDED.output(), replayed.output());
        assertEquals(Optional.empty(), Divergence.find(recording.asResult(), replayed));
    }

    @Test
    void aRetryIsAnsweredWithTheRecordedSecondAttempt() {
        RecordedExecution recording = Recordings.read(Recordings.historyFile(RECORDED));

        ExecutionResult replayed = Recordings.run(Recordings.ORDER, Recordings.INPUT, recording.resolver());

        long fetchFailures = replayed.history().stream().filter(e -> e.type().awsName().equals("LambdaFunctionFailed"))
                .count();
        assertEquals(1, fetchFailures);
        assertEquals("[20,30,50]", replayed.output().get("prices").toString());
    }

    @Test
    void mapIterationsGetTheirOwnResultsWhateverTheirOrder() {
        RecordedExecution recording = Recordings.read(Recordings.historyFile(RECORDED));

        ExecutionResult reordered = Recordings.run(Recordings.ORDER, "{\"items\": [5, 3, 2]}", recording.resolver());

        assertEquals(ExecutionStatus.SUCCEEDED, reordered.status());
        assertEquals("[20,30,50]", reordered.output().get("prices").toString(),
                "the index chooses the recorded iteration, as $$.Map.Item.Index does");
    }

    @Test
    void aCallTheRecordingCannotAnswerFailsNamingTheStateAndInvocation() {
        RecordedExecution recording = Recordings.read(Recordings.historyFile(RECORDED));

        ExecutionResult replayed = Recordings.run(Recordings.ORDER, "{\"items\": [2, 3, 5, 7]}",
                recording.resolver());

        assertEquals(ExecutionStatus.FAILED, replayed.status());
        assertEquals("States.Runtime", replayed.error());
        assertEquals("Replay of history.json: the recorded run never ran Task state 'Price' in Map iteration 3 "
                + "(it ran the state 3 times elsewhere).", replayed.cause());
    }

    @Test
    void aStateTheRecordingNeverRanFailsWithAClearCause() {
        RecordedExecution recording = Recordings.read(Recordings.historyFile(RECORDED));
        String edited = Recordings.ORDER.replace("\"Resource\": \"arn:aws:states:::sns:publish\"",
                "\"Resource\": \"arn:aws:states:::sns:publish\", \"Next\": \"Audit\"}, "
                        + "\"Audit\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::sqs:sendMessage\"")
                .replace("\"Resource\": \"arn:aws:states:::sqs:sendMessage\",\n                  \"End\": true",
                        "\"Resource\": \"arn:aws:states:::sqs:sendMessage\", \"End\": true");

        ExecutionResult replayed = Recordings.run(edited, Recordings.INPUT, recording.resolver());

        assertEquals("States.Runtime", replayed.error());
        assertTrue(replayed.cause().contains("never ran Task state 'Audit'"), replayed.cause());
    }
}
