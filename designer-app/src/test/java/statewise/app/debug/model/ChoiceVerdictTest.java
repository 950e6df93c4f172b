package statewise.app.debug.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import statewise.engine.model.ChoiceState;

class ChoiceVerdictTest {

    private static final String FLOW = """
            {"StartAt": "Check", "States": {
              "Check": {"Type": "Choice", "Choices": [
                {"Variable": "$.total", "NumericGreaterThan": 1000, "Next": "Big"},
                {"Variable": "$.total", "NumericGreaterThan": 10, "Next": "Medium"}],
                "Default": "Small"},
              "Big": {"Type": "Succeed"}, "Medium": {"Type": "Succeed"}, "Small": {"Type": "Succeed"}}}""";

    private final ChoiceState check = (ChoiceState) Objects.requireNonNull(Runs.parse(FLOW).stateMachine())
            .states().get("Check");

    @Test
    void firstMatchingRuleDecidesAndShowsTheValuesCompared() {
        ChoiceVerdict verdict = ChoiceVerdict.of(check, Runs.json("{\"total\": 50}"), Runs.json("{}"), Map.of());
        assertEquals(1, verdict.chosen());
        assertEquals("Medium", verdict.next());
        assertEquals(Boolean.FALSE, verdict.rules().get(0).matches());
        assertEquals("$.total = 50, NumericGreaterThan 1000", verdict.rules().get(0).detail());
    }

    @Test
    void noMatchGoesToDefault() {
        ChoiceVerdict verdict = ChoiceVerdict.of(check, Runs.json("{\"total\": 5}"), Runs.json("{}"), Map.of());
        assertEquals(-1, verdict.chosen());
        assertEquals("Small", verdict.next());
    }

    @Test
    void aPathThatSelectsNothingCannotBeDecided() {
        ChoiceVerdict verdict = ChoiceVerdict.of(check, Runs.json("{}"), Runs.json("{}"), Map.of());
        assertEquals(null, verdict.chosen());
        assertTrue(verdict.rules().get(0).detail().startsWith("States.Runtime"), verdict.rules().get(0).detail());
    }
}
