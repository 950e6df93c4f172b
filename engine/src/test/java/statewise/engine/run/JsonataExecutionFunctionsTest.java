package statewise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * JSONata's time and randomness functions read the execution, not the machine: {@code $now()} and
 * {@code $millis()} the execution's clock (virtual time in a virtual run, the time EnteredTime shows), and
 * {@code $random()} and {@code $uuid()} the execution's seeded generator, so a run repeats itself.
 */
class JsonataExecutionFunctionsTest {

    private static final String AFTER_AN_HOUR = """
            {"QueryLanguage": "JSONata", "StartAt": "W", "States": {
              "W": {"Type": "Wait", "Seconds": 3600, "Next": "P"},
              "P": {"Type": "Pass", "End": true, "Output": {
                "now": "{% $now() %}", "millis": "{% $millis() %}", "day": "{% $now('[Y0001]-[M01]-[D01]') %}",
                "same": "{% $now() = $now() and $millis() = $millis() %}",
                "entered": "{% $states.context.State.EnteredTime %}"}}}}""";

    private static final String RANDOM = """
            {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true,
              "Output": {"random": "{% $random() %}", "uuid": "{% $uuid() %}"}}}}""";

    @Test
    void nowAndMillisReadTheVirtualClock() {
        JsonNode output = Runs.run(AFTER_AN_HOUR, "{}").output();
        assertThat(output.get("now").textValue()).isEqualTo("2030-01-01T01:00:00.000Z");
        assertThat(output.get("millis").longValue()).isEqualTo(Runs.START.plusSeconds(3600).toEpochMilli());
        assertThat(output.get("entered").textValue()).isEqualTo(output.get("now").textValue());
    }

    @Test
    void nowTakesAPictureAndEveryCallInOneExpressionGivesTheSameTime() {
        JsonNode output = Runs.run(AFTER_AN_HOUR, "{}").output();
        assertThat(output.get("day").textValue()).isEqualTo("2030-01-01");
        assertThat(output.get("same").booleanValue()).isTrue();
    }

    @Test
    void randomAndUuidRepeatInARunOfTheSameExecution() {
        JsonNode first = Runs.run(RANDOM, "{}").output();
        JsonNode again = Runs.run(RANDOM, "{}").output();
        ExecutionRequest other = Runs.request(RANDOM, "{}")
                .withIdentity(ExecutionIdentity.local("statewise", "another-execution"));
        assertThat(again).isEqualTo(first);
        assertThat(first.get("uuid").textValue()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}"
                + "-[0-9a-f]{12}");
        assertThat(Interpreter.run(other).output().get("uuid")).isNotEqualTo(first.get("uuid"));
    }
}
