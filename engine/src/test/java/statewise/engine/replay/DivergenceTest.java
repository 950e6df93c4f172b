package statewise.engine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import statewise.engine.run.ExecutionResult;

class DivergenceTest {

    private static final RecordedExecution RECORDING = Recordings.read(Recordings.historyFile(
            Recordings.run(Recordings.ORDER, Recordings.INPUT, Recordings.awsLike())));

    private static ExecutionResult rerun(String asl) {
        return Recordings.run(asl, RECORDING.input().toString(), RECORDING.resolver());
    }

    @Test
    void theSameDefinitionDoesNotDiverge() {
        assertEquals(Optional.empty(), Divergence.find(RECORDING.asResult(), rerun(Recordings.ORDER)));
    }

    @Test
    void aChoiceThatNowGoesElsewhereDivergesAtTheStateItEnters() {
        String edited = Recordings.ORDER.replace("\"NumericGreaterThan\": 15", "\"NumericGreaterThan\": 25");

        Divergence divergence = Divergence.find(RECORDING.asResult(), rerun(edited)).orElseThrow();

        assertEquals("Both", divergence.recorded().details().get("name").asText());
        assertEquals("Done", divergence.local().details().get("name").asText());
        assertTrue(divergence.message().startsWith("At recorded event " + divergence.recorded().id()
                + " the recorded run entered 'Both'; the local run entered 'Done' instead"), divergence.message());
    }

    @Test
    void anotherInputToTheSameStateInAnIterationNamesTheIterationAndThePath() {
        String edited = Recordings.ORDER.replace("\"ItemsPath\": \"$.items\",",
                "\"ItemsPath\": \"$.items\", \"ItemSelector\": {\"n.$\": \"$$.Map.Item.Value\"},");

        Divergence divergence = Divergence.find(RECORDING.asResult(), rerun(edited)).orElseThrow();

        assertTrue(divergence.message().contains("entered 'Price' (in Each iteration 0); the local run entered it "
                + "with another input"), divergence.message());
        assertTrue(divergence.message().endsWith("at $: expected 2, was {\"n\":2}."), divergence.message());
    }
}
