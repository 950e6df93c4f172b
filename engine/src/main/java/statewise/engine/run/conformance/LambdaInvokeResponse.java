package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The task result of {@code arn:aws:states:::lambda:invoke} as the corpus recorded it: the function's response as
 * {@code Payload}, with the Lambda service's {@code ExecutedVersion}, {@code StatusCode} and HTTP metadata. Part of
 * the {@link CorpusLambdas} test double.
 *
 * <p>The headers that change with every call hold what the recording normalised them to, since there is no true
 * value to give: {@code Date} is {@code "date"}, {@code X-Amzn-Trace-Id} and {@code x-amzn-RequestId} their own
 * names, the SDK's {@code RequestId} {@code "RequestId"} (recordings from 2025 on; older ones numbered request ids
 * as {@code <uuid:N>}, and those cases replay their recorded results instead). {@code Content-Length} is the size
 * of the response as the Python runtime wrote it ({@code json.dumps}). With {@code LogType} {@code Tail} the
 * response also carries the function's log tail ({@code LogResult}, header {@code X-Amz-Log-Result}).
 */
final class LambdaInvokeResponse {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String VERSION = "$LATEST";
    private static final String REQUEST_ID = "x-amzn-RequestId";
    private static final String TRACE_ID = "X-Amzn-Trace-Id";
    private static final String REMAPPED = "x-amzn-Remapped-Content-Length";
    private static final String EXECUTED_VERSION = "X-Amz-Executed-Version";
    private static final String LOG_RESULT = "X-Amz-Log-Result";

    private LambdaInvokeResponse() {
    }

    /**
     * @param payload      the function's response
     * @param logRequestId the request id whose log tail to include ({@code LogType} {@code Tail}), or null
     */
    static ObjectNode of(JsonNode payload, @Nullable String logRequestId) {
        String length = String.valueOf(PythonJson.dumps(payload).getBytes(StandardCharsets.UTF_8).length);
        String log = logRequestId == null ? null : logTail(logRequestId);
        ObjectNode response = NODES.objectNode();
        response.put("ExecutedVersion", VERSION);
        if (log != null) {
            response.put("LogResult", log);
        }
        response.set("Payload", payload);
        ObjectNode metadata = response.putObject("SdkHttpMetadata");
        metadata.set("AllHttpHeaders", allHttpHeaders(length, log));
        metadata.set("HttpHeaders", httpHeaders(length, log));
        metadata.put("HttpStatusCode", 200);
        response.putObject("SdkResponseMetadata").put("RequestId", "RequestId");
        response.put("StatusCode", 200);
        return response;
    }

    /** The headers as the SDK lists them, most as one-value lists, in the order the corpus recorded. */
    private static ObjectNode allHttpHeaders(String length, @Nullable String log) {
        ObjectNode all = NODES.objectNode();
        if (log != null) {
            all.set(LOG_RESULT, NODES.arrayNode().add(log));
        }
        all.set(EXECUTED_VERSION, NODES.arrayNode().add(VERSION));
        all.set(REMAPPED, NODES.arrayNode().add("0"));
        all.set("Connection", NODES.arrayNode().add("keep-alive"));
        all.put(REQUEST_ID, REQUEST_ID);
        all.set("Content-Length", NODES.arrayNode().add(length));
        all.put("Date", "date");
        all.put(TRACE_ID, TRACE_ID);
        all.set("Content-Type", NODES.arrayNode().add("application/json"));
        return all;
    }

    /** The same headers with single values, sorted by name regardless of case. */
    private static ObjectNode httpHeaders(String length, @Nullable String log) {
        ObjectNode headers = NODES.objectNode();
        headers.put("Connection", "keep-alive");
        headers.put("Content-Length", length);
        headers.put("Content-Type", "application/json");
        headers.put("Date", "date");
        headers.put(EXECUTED_VERSION, VERSION);
        if (log != null) {
            headers.put(LOG_RESULT, log);
        }
        headers.put(REMAPPED, "0");
        headers.put(REQUEST_ID, REQUEST_ID);
        headers.put(TRACE_ID, TRACE_ID);
        return headers;
    }

    /** The last lines of the function's log, base64-encoded, as Lambda returns them for {@code LogType} Tail. */
    private static String logTail(String requestId) {
        String log = "START RequestId: " + requestId + " Version: $LATEST\nEND RequestId: " + requestId
                + "\nREPORT RequestId: " + requestId + "\tDuration: 1.00 ms\tBilled Duration: 1 ms\n";
        return Base64.getEncoder().encodeToString(log.getBytes(StandardCharsets.UTF_8));
    }
}
