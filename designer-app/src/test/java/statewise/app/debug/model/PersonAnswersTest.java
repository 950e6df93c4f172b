package statewise.app.debug.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.run.TaskCall;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.TaskResolver;

class PersonAnswersTest {

    private static final TaskResolver PERSON = new PersonAnswers(TaskResolver.ECHO, Set.of("Mocked")::contains);

    @ParameterizedTest
    @CsvSource({
        "Ask, arn:aws:states:::sqs:sendMessage.waitForTaskToken, Pending",
        "Work, arn:aws:states:us-east-1:111111111111:activity:review, Pending",
        "Mocked, arn:aws:states:::sqs:sendMessage.waitForTaskToken, Success",
        "Call, arn:aws:states:::lambda:invoke, Success",
        "Job, arn:aws:states:::glue:startJobRun.sync, Success"
    })
    void callbackTasksAndActivitiesTheTestCaseDoesNotMockWaitForThePerson(String state, String resource,
            String outcome) {
        JsonNode input = Runs.json("{\"a\": 1}");
        TaskOutcome answer = PERSON.resolve(new TaskCall(state, resource, input, 0, 0, Runs.json("{}")));
        assertEquals(outcome, answer.getClass().getSimpleName());
        if (answer instanceof TaskOutcome.Success success) {
            assertEquals(input, success.output());
        } else {
            assertInstanceOf(TaskOutcome.Pending.class, answer);
        }
    }
}
