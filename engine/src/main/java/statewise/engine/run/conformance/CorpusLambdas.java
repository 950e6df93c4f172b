package statewise.engine.run.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.ExecutionIdentity;
import statewise.engine.run.TaskCall;
import statewise.engine.run.TaskOutcome;

/**
 * A test double of the Lambda functions a conformance case deployed ({@code lambdas}), for the cases whose history
 * holds no results to replay (Express executions, the children of distributed Maps, Parallel runs the recording
 * sorted). It answers a Task as AWS answered it in the corpus: a function ARN as the resource gets the function's
 * response itself; {@code arn:aws:states:::lambda:invoke} gets it wrapped ({@link LambdaInvokeResponse}); a raised
 * exception fails the task with the exception's type as the error and the runtime's error JSON as the cause. Only
 * the corpus's handlers ({@link CorpusLambdaHandler}) are known; it is not a Lambda emulator for users.
 */
final class CorpusLambdas {

    private static final String FUNCTION = ":function:";
    private static final String INVOKE = ":states:::lambda:invoke";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Map<String, CorpusLambdaHandler> functions;
    private final ExecutionIdentity identity;
    private final AtomicLong requests = new AtomicLong();

    private CorpusLambdas(Map<String, CorpusLambdaHandler> functions, ExecutionIdentity identity) {
        this.functions = functions;
        this.identity = identity;
    }

    /** The functions a case deployed, or null when it deployed none this double knows. */
    static @Nullable CorpusLambdas of(ConformanceCase testCase) {
        JsonNode lambdas = testCase.lambdas();
        Map<String, CorpusLambdaHandler> functions = new HashMap<>();
        if (lambdas != null) {
            lambdas.forEach(function -> {
                CorpusLambdaHandler handler = CorpusLambdaHandler.byFile(function.path("handler_file").asText());
                if (handler != null && function.path("function_name").isTextual()) {
                    functions.put(function.get("function_name").asText(), handler);
                }
            });
        }
        return functions.isEmpty() ? null : new CorpusLambdas(Map.copyOf(functions), testCase.identity());
    }

    /**
     * AWS's answer to {@code call}, or null when this double does not know it: a call to another service,
     * {@code lambda:invoke} without a textual {@code FunctionName} or with a payload string that is not JSON, or a
     * function ARN the case did not deploy. {@code lambda:invoke} of a function name the case did not deploy fails
     * as AWS does, with ResourceNotFoundException.
     */
    @Nullable TaskOutcome invoke(TaskCall call) {
        String resource = call.resource();
        if (resource.endsWith(INVOKE)) {
            return invokeIntegration(call.input());
        }
        if (!resource.startsWith("arn:") || !resource.contains(":lambda:") || !resource.contains(FUNCTION)) {
            return null;
        }
        CorpusLambdaHandler handler = functions.get(functionName(resource));
        if (handler == null) {
            return null;
        }
        CorpusLambdaHandler.Run run = handler.run(call.input());
        if (run instanceof CorpusLambdaHandler.Returned returned) {
            return TaskOutcome.success(returned.payload());
        }
        return unsuccessful(run, false);
    }

    /**
     * {@code lambda:invoke}: the function gets {@code Payload} as the request body, so a string is the JSON text it
     * holds and null or no payload is an empty body, which Lambda hands over as {@code {}}.
     */
    private @Nullable TaskOutcome invokeIntegration(JsonNode parameters) {
        JsonNode name = parameters.path("FunctionName");
        if (!name.isTextual()) {
            return null;
        }
        CorpusLambdaHandler handler = functions.get(functionName(name.textValue()));
        if (handler == null) {
            return notFound(name.textValue());
        }
        JsonNode payload = parameters.path("Payload");
        JsonNode event = payload.isMissingNode() || payload.isNull() ? NODES.objectNode()
                : payload.isTextual() ? parse(payload.textValue()) : payload;
        if (event == null) {
            return null;
        }
        CorpusLambdaHandler.Run run = handler.run(event);
        if (run instanceof CorpusLambdaHandler.Returned returned) {
            boolean tail = parameters.path("LogType").asText().equals("Tail");
            return TaskOutcome.success(LambdaInvokeResponse.of(returned.payload(), tail ? nextRequestId() : null));
        }
        return unsuccessful(run, true);
    }

    private TaskOutcome unsuccessful(CorpusLambdaHandler.Run run, boolean invoke) {
        if (run instanceof CorpusLambdaHandler.Raised raised) {
            return TaskOutcome.failure(raised.type(), cause(raised, invoke));
        }
        return TaskOutcome.timedOut("States.Timeout");
    }

    /**
     * The runtime's error JSON. A function ARN passes on the runtime's own text, which Python wrote with
     * {@code json.dumps} (spaces after separators); {@code lambda:invoke} re-serialises it compactly.
     */
    private String cause(CorpusLambdaHandler.Raised raised, boolean invoke) {
        ObjectNode error = NODES.objectNode();
        error.put("errorMessage", raised.message());
        error.put("errorType", raised.type());
        error.put("requestId", nextRequestId());
        error.putArray("stackTrace").add(raised.frame());
        return invoke ? error.toString() : PythonJson.dumps(error);
    }

    private TaskOutcome notFound(String name) {
        String arn = name.contains(FUNCTION) ? name : "arn:aws:lambda:" + identity.region() + ":"
                + identity.accountId() + FUNCTION + name;
        return TaskOutcome.failure("Lambda.ResourceNotFoundException", "Function not found: " + arn
                + ":$LATEST (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID:"
                + " " + nextRequestId() + "; Proxy: null)");
    }

    /** A fresh, well-formed request id per invocation, deterministic within a run. */
    private String nextRequestId() {
        return String.format("00000000-0000-4000-8000-%012x", requests.incrementAndGet());
    }

    private static @Nullable JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * The function name in a Lambda ARN ({@code arn:aws:lambda:<region>:<account>:function:NAME[:qualifier]}), a
     * partial ARN ({@code <account>:function:NAME}) or a name with a qualifier ({@code NAME:alias}).
     */
    static String functionName(String reference) {
        int function = reference.indexOf(FUNCTION);
        String rest = function < 0 ? reference : reference.substring(function + FUNCTION.length());
        int qualifier = rest.indexOf(':');
        return qualifier < 0 ? rest : rest.substring(0, qualifier);
    }
}
