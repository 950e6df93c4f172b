package statewise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A run that declares its activities fails a Task of any other activity before scheduling it, as AWS does. */
class ActivitiesTest {

    private static final String ARN = "arn:aws:states:us-east-1:111111111111:activity:approve";
    private static final String ASL = """
            {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "%s", "End": true}}}""".formatted(ARN);

    @Test
    void undeclaredActivityFailsBeforeItIsScheduled() {
        ExecutionResult result = Interpreter.run(Runs.request(ASL, "{}").withActivities(Activities.of(List.of())));
        assertThat(result.error()).isEqualTo("States.Runtime");
        assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'A' (entered at the event"
                + " id #2). The activity " + ARN + " does not exist.");
        assertThat(Runs.types(result)).containsExactly("ExecutionStarted", "TaskStateEntered", "ExecutionFailed");
    }

    @Test
    void activityDeclaredByArnOrNameIsScheduled() {
        for (String declared : List.of(ARN, "approve")) {
            ExecutionResult result = Interpreter.run(Runs.request(ASL, "{}")
                    .withActivities(Activities.of(List.of(declared))));
            assertThat(Runs.types(result)).contains("ActivityScheduled");
        }
    }

    @Test
    void withoutADeclarationEveryActivityExists() {
        assertThat(Activities.ANY.exists(ARN)).isTrue();
        assertThat(Runs.types(Interpreter.run(Runs.request(ASL, "{}")))).contains("ActivityScheduled");
    }
}
