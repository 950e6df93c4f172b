package statewise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import statewise.engine.run.mock.MockConfigReader;
import statewise.engine.run.mock.MockResolver;

/**
 * A run's Task results come from its sources in issue 9's order: mocks first, then the recorded run, then the local
 * services, then a person; a call nobody answers fails with the mock file's message.
 */
class TaskSourcesTest {

    private static final String LAMBDA = "arn:aws:states:::lambda:invoke";
    private static final String CALLBACK = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";

    private static final MockResolver MOCKS = MockConfigReader.read("""
            {"StateMachines": {"Flow": {"TestCases": {"Happy": {"Mocked": "FromMock"}}}},
             "MockedResponses": {"FromMock": {"0": {"Return": "mock"}}}}""", "mocks.json").config()
            .select("Flow", "Happy").resolver();

    /** Answers the states {@code "Mocked"} and {@code "Recorded"} with {@code "recorded"}. */
    private static final PartialResolver RECORDED = new PartialResolver() {
        @Override
        public boolean covers(TaskCall call) {
            return call.stateName().equals("Mocked") || call.stateName().equals("Recorded");
        }

        @Override
        public TaskOutcome resolve(TaskCall call) {
            return TaskOutcome.success(text("recorded"));
        }
    };

    /** Local services that answer every Lambda call with {@code "local"}. */
    private static final UnaryOperator<TaskResolver> LOCAL = next -> call -> call.resource().equals(LAMBDA)
            ? TaskOutcome.success(text("local")) : next.resolve(call);

    private static final TaskSources ALL = new TaskSources(MOCKS, RECORDED, LOCAL, true);

    @Test
    void mockedStateWinsOverRecordingAndLocalServices() {
        assertThat(answer(ALL, "Mocked", LAMBDA)).isEqualTo(TaskOutcome.success(text("mock")));
    }

    @Test
    void recordingAnswersStatesTheMocksDoNotCover() {
        assertThat(answer(ALL, "Recorded", LAMBDA)).isEqualTo(TaskOutcome.success(text("recorded")));
    }

    @Test
    void localServicesAnswerWhatNeitherMocksNorRecordingCover() {
        assertThat(answer(ALL, "Other", LAMBDA)).isEqualTo(TaskOutcome.success(text("local")));
    }

    @Test
    void personAnswersWaitingTasksNoOtherSourceAnswers() {
        assertThat(answer(ALL, "Other", CALLBACK)).isEqualTo(TaskOutcome.pending(null, null));
        assertThat(answer(ALL.withPerson(false), "Other", CALLBACK)).isInstanceOf(TaskOutcome.Failure.class);
    }

    @Test
    void personAnswersActivitiesButNotJobsThatRunToTheirEnd() {
        assertThat(answer(ALL, "Other", "arn:aws:states:us-east-1:111111111111:activity:review"))
                .isEqualTo(TaskOutcome.pending(null, null));
        TaskCall job = call("Other", "arn:aws:states:::glue:startJobRun.sync");
        assertThat(TaskSources.NONE.withPerson(true).resolver().resolve(job))
                .isEqualTo(TaskOutcome.success(job.input()));
    }

    @Test
    void callNobodyAnswersFailsWithTheMockFilesMessage() {
        TaskOutcome outcome = answer(ALL, "Other", "arn:aws:states:::sns:publish");
        assertThat(outcome).isInstanceOfSatisfying(TaskOutcome.Failure.class, failure -> assertThat(failure.cause())
                .isEqualTo("No mocked response for Task state 'Other' in test case 'Happy' of state machine 'Flow'"
                        + " in mocks.json."));
    }

    @Test
    void withoutMocksOrRecordingTasksGetTheirInputBack() {
        TaskCall call = call("Other", "arn:aws:states:::sns:publish");
        assertThat(TaskSources.NONE.resolver().resolve(call)).isEqualTo(TaskOutcome.success(call.input()));
    }

    private static TaskOutcome answer(TaskSources sources, String state, String resource) {
        return sources.resolver().resolve(call(state, resource));
    }

    private static TaskCall call(String state, String resource) {
        return new TaskCall(state, resource, Runs.json("{\"in\": 1}"), 0, 0, Runs.json("{}"));
    }

    private static JsonNode text(String value) {
        return Runs.JSON.getNodeFactory().textNode(value);
    }
}
