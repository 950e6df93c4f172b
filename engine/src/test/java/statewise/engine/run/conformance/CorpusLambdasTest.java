package statewise.engine.run.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.run.TaskCall;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.WorkflowType;

class CorpusLambdasTest {

    private static final String ARN = "arn:aws:lambda:us-east-1:111111111111:function:";
    private static final String INVOKE = "arn:aws:states:::lambda:invoke";
    private static final String RAISED = "{\"errorMessage\": \"Some exception was raised.\", \"errorType\": "
            + "\"Exception\", \"requestId\": \"00000000-0000-4000-8000-000000000001\", \"stackTrace\": [\"  File "
            + "\\\"/var/task/handler.py\\\", line 2, in handler\\n    raise Exception(\\\"Some exception was raised."
            + "\\\")\\n\"]}";

    private final CorpusLambdas lambdas = deployed("""
            [{"function_name": "id_fn", "handler_file": "templates/services/lambdafunctions/id_function.py"},
             {"function_name": "raise_fn", "handler_file": "errorhandling/lambdafunctions/raise_exception.py"},
             {"function_name": "custom_fn", "handler_file": "lambdafunctions/raise_custom_exception.py"},
             {"function_name": "wait_fn", "handler_file": "timeouts/lambdafunctions/wait_60_seconds.py"},
             {"function_name": "large_fn", "handler_file": "lambdafunctions/large_output_string.py"},
             {"function_name": "bytes_fn", "handler_file": "lambdafunctions/return_bytes_str.py"},
             {"function_name": "decorate_fn", "handler_file": "lambdafunctions/return_decorated_input.py"}]""");

    @Test
    void aFunctionArnAnswersWithTheResponseItself() {
        TaskOutcome outcome = lambdas.invoke(call(ARN + "id_fn", "{\"a\": [1, 2.5]}"));

        assertEquals(TaskOutcome.success(Histories.json("{\"a\": [1, 2.5]}")), outcome);
    }

    @Test
    void lambdaInvokeWrapsTheResponseWithWhatTheServiceAdds() {
        TaskOutcome outcome = lambdas.invoke(call(INVOKE, "{\"FunctionName\": \"id_fn\", \"Payload\": {\"body\": "
                + "\"string body\"}}"));

        JsonNode result = assertInstanceOf(TaskOutcome.Success.class, outcome).output();
        assertEquals("{\"body\":\"string body\"}", result.get("Payload").toString());
        assertEquals("$LATEST", result.get("ExecutedVersion").asText());
        assertEquals(200, result.get("StatusCode").asInt());
        assertEquals("23", result.at("/SdkHttpMetadata/HttpHeaders/Content-Length").asText());
        assertEquals("[\"23\"]", result.at("/SdkHttpMetadata/AllHttpHeaders/Content-Length").toString());
        assertEquals("RequestId", result.at("/SdkResponseMetadata/RequestId").asText());
        assertEquals(List.of("ExecutedVersion", "Payload", "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode"),
                fieldNames(result));
    }

    @Test
    void lambdaInvokeFindsTheFunctionByArnAndWithAQualifier() {
        assertInstanceOf(TaskOutcome.Success.class, lambdas.invoke(call(INVOKE, "{\"FunctionName\": \"" + ARN
                + "id_fn:$LATEST\"}")));
        assertInstanceOf(TaskOutcome.Success.class, lambdas.invoke(call(INVOKE, "{\"FunctionName\": \"id_fn:v1\"}")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "true"           | true
            "{}"             | {}
            null             | {}
            {"k": "v"}       | {"k":"v"}
            """)
    void lambdaInvokeSendsAStringPayloadAsItsJsonAndNoPayloadAsAnEmptyObject(String payload, String event) {
        TaskOutcome outcome = lambdas.invoke(call(INVOKE, "{\"FunctionName\": \"id_fn\", \"Payload\": " + payload
                + "}"));

        assertEquals(event, assertInstanceOf(TaskOutcome.Success.class, outcome).output().get("Payload").toString());
    }

    @Test
    void aPayloadStringThatIsNotJsonIsLeftToTheNextResolver() {
        assertNull(lambdas.invoke(call(INVOKE, "{\"FunctionName\": \"id_fn\", \"Payload\": \"HelloWorld\"}")));
    }

    @Test
    void logTypeTailAddsTheLogResult() {
        TaskOutcome outcome = lambdas.invoke(call(INVOKE, "{\"FunctionName\": \"id_fn\", \"LogType\": \"Tail\"}"));

        JsonNode result = assertInstanceOf(TaskOutcome.Success.class, outcome).output();
        String log = result.get("LogResult").asText();
        String tail = new String(Base64.getDecoder().decode(log), StandardCharsets.UTF_8);
        assertTrue(tail.startsWith("START RequestId: "), tail);
        assertEquals(log, result.at("/SdkHttpMetadata/HttpHeaders/X-Amz-Log-Result").asText());
    }

    @Test
    void aRaisedExceptionThroughAFunctionArnHasThePythonRuntimesErrorJsonAsCause() {
        assertEquals(TaskOutcome.failure("Exception", RAISED), lambdas.invoke(call(ARN + "raise_fn", "{}")));
    }

    @Test
    void aRaisedExceptionThroughLambdaInvokeHasItCompact() {
        TaskOutcome outcome = lambdas.invoke(call(INVOKE, "{\"FunctionName\": \"raise_fn\", \"Payload\": null}"));

        assertEquals(TaskOutcome.failure("Exception", Histories.json(RAISED).toString()), outcome);
    }

    @Test
    void aCustomExceptionBuiltWithoutArgumentsHasAnEmptyMessage() {
        TaskOutcome.Failure failure = assertInstanceOf(TaskOutcome.Failure.class,
                lambdas.invoke(call(ARN + "custom_fn", "{}")));

        assertEquals("CustomException", failure.error());
        JsonNode cause = Histories.json(String.valueOf(failure.cause()));
        assertEquals("", cause.get("errorMessage").asText());
        assertEquals("  File \"/var/task/handler.py\", line 9, in handler\n    raise CustomException()\n",
                cause.get("stackTrace").get(0).asText());
    }

    @Test
    void eachInvocationHasItsOwnRequestId() {
        TaskOutcome first = lambdas.invoke(call(ARN + "raise_fn", "{}"));
        TaskOutcome second = lambdas.invoke(call(ARN + "raise_fn", "{}"));

        assertNotEquals(first, second);
    }

    @Test
    void theSixtySecondSleepTimesOut() {
        assertEquals(TaskOutcome.timedOut("States.Timeout"), lambdas.invoke(call(ARN + "wait_fn", "{}")));
        assertEquals(TaskOutcome.timedOut("States.Timeout"), lambdas.invoke(call(INVOKE,
                "{\"FunctionName\": \"wait_fn\"}")));
    }

    @Test
    void theLargeOutputHandlerAnswersAboveThePayloadLimitForTheInterpreterToRefuse() {
        TaskOutcome.Success direct = (TaskOutcome.Success) lambdas.invoke(call(ARN + "large_fn", "{}"));
        TaskOutcome.Success wrapped = (TaskOutcome.Success) lambdas.invoke(call(INVOKE,
                "{\"FunctionName\": \"large_fn\"}"));
        assertEquals(257 * 1024, direct.output().textValue().length());
        assertEquals(257 * 1024, wrapped.output().path("Payload").textValue().length());
    }

    @Test
    void returnedBytesAreTheJsonTheyHold() {
        assertEquals(TaskOutcome.success(Histories.json("\"HelloWorld!\"")),
                lambdas.invoke(call(ARN + "bytes_fn", "{}")));
    }

    @Test
    void theDecoratedInputIsPythonsStrOfTheEvent() {
        assertEquals(TaskOutcome.success(Histories.json("\"input-event-['string-literal']\"")),
                lambdas.invoke(call(ARN + "decorate_fn", "[\"string-literal\"]")));
    }

    @Test
    void lambdaInvokeOfAFunctionTheCaseDidNotDeployIsResourceNotFound() {
        TaskOutcome outcome = lambdas.invoke(call(INVOKE, "{\"FunctionName\": \"no_such_fn\", \"Payload\": null}"));

        assertEquals(TaskOutcome.failure("Lambda.ResourceNotFoundException", "Function not found: " + ARN
                + "no_such_fn:$LATEST (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; "
                + "Request ID: 00000000-0000-4000-8000-000000000001; Proxy: null)"), outcome);
    }

    @Test
    void callsItDoesNotKnowAreLeftToTheNextResolver() {
        assertNull(lambdas.invoke(call(ARN + "other_fn", "{}")));
        assertNull(lambdas.invoke(call("arn:aws:states:::sqs:sendMessage", "{}")));
        assertNull(lambdas.invoke(call("arn:aws:states:::lambda:invoke.waitForTaskToken",
                "{\"FunctionName\": \"id_fn\"}")));
        assertNull(lambdas.invoke(call(INVOKE, "{\"Payload\": {}}")));
    }

    @Test
    void aCaseWithoutKnownFunctionsHasNoDouble() {
        assertNull(CorpusLambdas.of(testCase(null)));
        assertNull(CorpusLambdas.of(testCase(Histories.json("[{\"function_name\": \"f\", \"handler_file\": "
                + "\"other.py\"}]"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            arn:aws:lambda:us-east-1:111111111111:function:fn         | fn
            arn:aws:lambda:us-east-1:111111111111:function:fn:$LATEST | fn
            111111111111:function:fn                                  | fn
            fn:alias                                                  | fn
            fn                                                        | fn
            """)
    void theFunctionNameIsFoundInEveryFormLambdaAccepts(String reference, String name) {
        assertEquals(name, CorpusLambdas.functionName(reference));
    }

    private static CorpusLambdas deployed(String functions) {
        CorpusLambdas lambdas = CorpusLambdas.of(testCase(Histories.json(functions)));
        assertTrue(lambdas != null);
        return lambdas;
    }

    static ConformanceCase testCase(@Nullable JsonNode lambdas) {
        return new ConformanceCase("case", "express_sync_execution", "express", "services", Histories.json("{}"),
                null, new ExecutionIdentity("111111111111", "us-east-1", "machine", "exec",
                "arn:aws:iam::111111111111:role/r"), WorkflowType.EXPRESS, new Expectation("SUCCEEDED", null, null,
                null, null, null), Normalization.NONE, null, lambdas, List.of(), Instant.EPOCH, Path.of("case.json"));
    }

    private static TaskCall call(String resource, String input) {
        return new TaskCall("Task", resource, Histories.json(input), 0, 0, Histories.json("{}"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
