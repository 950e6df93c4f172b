package statewise.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code statewise run} with tasks that wait or reach out: nested executions from {@code --state-machine}, mocked
 * callbacks, mocks answering before local endpoints.
 */
class RunWaitingTasksTest {

    private static final String PARENT = """
            {"StartAt": "Start", "States": {"Start": {"Type": "Task",
              "Resource": "arn:aws:states:::states:startExecution.sync:2",
              "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:111111111111:stateMachine:Child",
                             "Input.$": "$"}, "End": true}}}
            """;
    private static final String CHILD = """
            {"StartAt": "Hello", "States": {"Hello": {"Type": "Pass", "Parameters": {"hi.$": "$.name"},
              "End": true}}}
            """;
    private static final String CALLBACK = """
            {"StartAt": "Approve", "States": {"Approve": {"Type": "Task",
              "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters": {"QueueUrl": "q", "MessageBody": {"Token.$": "$$.Task.Token"}}, "End": true}}}
            """;
    private static final String MOCKS = """
            {"StateMachines": {"Flow": {"TestCases": {"Yes": {"Approve": "Approved"}}}},
             "MockedResponses": {"Approved": {"0": {"Return": {"approved": true}}}}}
            """;

    @TempDir
    Path dir;

    @Test
    void stateMachineOptionRunsTheNestedExecutionLocally() throws IOException {
        CliRun run = CliRun.of("run", write("parent.asl.json", PARENT), "--input", "{\"name\": \"Ada\"}",
                "--state-machine", "Child=" + write("child.asl.json", CHILD), "--format", "json");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("{\"hi\":\"Ada\"}", json.get("output").get("Output").toString());
        assertEquals(List.of("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted",
                "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"), types(json));
    }

    @Test
    void invalidNestedDefinitionStopsTheRunNamingItsFile() throws IOException {
        String child = write("child.asl.json", "{\"StartAt\": \"Nowhere\", \"States\": {}}");
        CliRun run = CliRun.of("run", write("parent.asl.json", PARENT), "--state-machine", "Child=" + child);

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertTrue(run.err().contains("child.asl.json"), run.err());
    }

    @Test
    void mockedCallbackIsTheAnswerTheTaskWaitedFor() throws IOException {
        CliRun run = CliRun.of("run", write("flow.asl.json", CALLBACK), "--mocks", write("mocks.json", MOCKS),
                "--test-case", "Yes", "--context", "{\"state_machine_name\": \"Flow\"}", "--format", "json");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("{\"approved\":true}", json.get("output").toString());
        assertTrue(types(json).contains("TaskSubmitted"), types(json).toString());
    }

    @Test
    void mockedStateWinsOverItsLocalLambdaEndpoint() throws IOException {
        String flow = """
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "fn", "Payload.$": "$"}, "End": true}}}
                """;
        String mocks = """
                {"StateMachines": {"Flow": {"TestCases": {"Yes": {"Call": "Mocked"}}}},
                 "MockedResponses": {"Mocked": {"0": {"Return": {"from": "mock"}}}}}
                """;
        CliRun run = CliRun.of("run", write("flow.asl.json", flow), "--mocks", write("mocks.json", mocks),
                "--test-case", "Yes", "--context", "{\"state_machine_name\": \"Flow\"}", "--allow-host",
                "127.0.0.1", "--lambda-endpoint", "fn=http://127.0.0.1:9/", "--format", "json");

        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        assertEquals("{\"from\":\"mock\"}", new ObjectMapper().readTree(run.out()).get("output").toString());
    }

    @Test
    void activityOptionDeclaresTheActivitiesThatExist() throws IOException {
        String flow = write("flow.asl.json", """
                {"StartAt": "A", "States": {"A": {"Type": "Task", "End": true,
                  "Resource": "arn:aws:states:us-east-1:111111111111:activity:approve"}}}
                """);
        CliRun declared = CliRun.of("run", flow, "--activity", "approve", "--format", "json");
        CliRun other = CliRun.of("run", flow, "--activity", "reject", "--format", "json");

        assertEquals(ExitCodes.OK, declared.exitCode(), declared.out() + declared.err());
        assertEquals(ExitCodes.ERRORS, other.exitCode(), other.out() + other.err());
        assertTrue(other.out().contains("activity:approve does not exist."), other.out());
    }

    private String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private static List<String> types(JsonNode json) {
        List<String> types = new ArrayList<>();
        json.get("history").get("events").forEach(e -> types.add(e.get("type").asText()));
        return types;
    }
}
