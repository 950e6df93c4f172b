package statewise.engine.run.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.SecretHeaders;
import statewise.engine.run.TaskCall;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.TaskResolver;

/**
 * Tasks answered over real HTTP: the HTTP Task ({@code arn:aws:states:::http:invoke}) sends its request, and a
 * Lambda function the user mapped to a local endpoint ({@code --lambda-endpoint NAME=URL}) receives its payload as
 * a POST, as the Lambda runtime interface emulator takes it. Only hosts on the allow list are called; any other
 * call fails with {@code States.Permissions} and says how to allow the host. Results are shaped as AWS shapes them;
 * calls of other resources go to the next resolver.
 */
public final class LocalEndpoints implements TaskResolver {

    private static final String HTTP_INVOKE = "http:invoke";
    private static final String LAMBDA_INVOKE = "lambda:invoke";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final HostAllowList allowed;
    private final Map<String, URI> lambdas;
    private final TaskResolver next;
    private final HttpClient client;

    /** @param lambdas function name → endpoint URL */
    public LocalEndpoints(HostAllowList allowed, Map<String, URI> lambdas, TaskResolver next) {
        this.allowed = allowed;
        this.lambdas = Map.copyOf(lambdas);
        this.next = next;
        this.client = HttpClient.newBuilder().connectTimeout(HttpTaskRequest.TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public TaskOutcome resolve(TaskCall call) {
        String resource = call.resource();
        if (resource.matches("arn:[^:]+:states:::" + HTTP_INVOKE)) {
            return http(call.input());
        }
        boolean service = resource.matches("arn:[^:]+:states:::" + LAMBDA_INVOKE);
        String function = service ? functionName(call.input().path("FunctionName").asText(""))
                : resource.contains(":lambda:") ? functionName(resource) : null;
        URI endpoint = function == null ? null : lambdas.get(function);
        if (endpoint == null) {
            return next.resolve(call);
        }
        JsonNode payload = service ? call.input().path("Payload") : call.input();
        return lambda(endpoint, payload.isMissingNode() ? NODES.objectNode() : payload, service);
    }

    /** The function's name in a name, a partial ARN or a function ARN, without a version or alias. */
    static String functionName(String reference) {
        String name = reference;
        int function = name.indexOf("function:");
        if (function >= 0) {
            name = name.substring(function + "function:".length());
        }
        int qualifier = name.indexOf(':');
        return qualifier < 0 ? name : name.substring(0, qualifier);
    }

    private TaskOutcome http(JsonNode parameters) {
        HttpTaskRequest request;
        try {
            request = HttpTaskRequest.of(parameters);
        } catch (IllegalArgumentException e) {
            return TaskOutcome.failure("States.Runtime", e.getMessage());
        }
        if (!allowed.allows(request.uri())) {
            return TaskOutcome.failure("States.Permissions", HostAllowList.refusal(request.uri()));
        }
        HttpResponse<String> response;
        try {
            response = send(request.request());
        } catch (IOException e) {
            return TaskOutcome.failure("States.Http.Socket", "The HTTP Task could not reach " + request.uri() + ": "
                    + e);
        }
        ObjectNode result = NODES.objectNode();
        result.set("Headers", headers(response.headers()));
        result.set("ResponseBody", body(response.body()));
        result.put("StatusCode", response.statusCode());
        result.put("StatusText", HttpStatus.text(response.statusCode()));
        if (response.statusCode() / 100 != 2) {
            return TaskOutcome.failure("States.Http.StatusCode." + response.statusCode(), result.toString());
        }
        return TaskOutcome.success(result);
    }

    private TaskOutcome lambda(URI endpoint, JsonNode payload, boolean service) {
        if (!allowed.allows(endpoint)) {
            return TaskOutcome.failure("States.Permissions", HostAllowList.refusal(endpoint));
        }
        HttpResponse<String> response;
        try {
            response = send(HttpRequest.newBuilder(endpoint).timeout(HttpTaskRequest.TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(payload.toString(), StandardCharsets.UTF_8)).build());
        } catch (IOException e) {
            return TaskOutcome.failure("Lambda.SdkClientException", "Unable to execute HTTP request to " + endpoint
                    + ": " + e);
        }
        JsonNode answer = body(response.body());
        if (response.headers().firstValue("X-Amz-Function-Error").isPresent()) {
            String type = answer.path("errorType").asText("");
            return TaskOutcome.failure(type.isEmpty() ? "Lambda.Unknown" : type, response.body());
        }
        if (response.statusCode() / 100 != 2) {
            return TaskOutcome.failure("Lambda.ServiceException", "The local endpoint " + endpoint + " answered "
                    + response.statusCode() + " " + HttpStatus.text(response.statusCode()) + ": " + response.body());
        }
        return TaskOutcome.success(service ? invokeResult(answer, response) : answer);
    }

    /** {@code lambda:invoke}'s result: the payload with Lambda's version, status and HTTP metadata. */
    private static ObjectNode invokeResult(JsonNode payload, HttpResponse<String> response) {
        ObjectNode result = NODES.objectNode();
        result.put("ExecutedVersion", "$LATEST");
        result.set("Payload", payload);
        ObjectNode metadata = result.putObject("SdkHttpMetadata");
        metadata.set("AllHttpHeaders", headers(response.headers()));
        ObjectNode single = metadata.putObject("HttpHeaders");
        headers(response.headers()).fields().forEachRemaining(h -> single.set(h.getKey(), h.getValue().get(0)));
        metadata.put("HttpStatusCode", 200);
        result.putObject("SdkResponseMetadata").put("RequestId", UUID.randomUUID().toString());
        result.put("StatusCode", 200);
        return result;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the answer", e);
        }
    }

    /** Response headers as AWS reports them, {@code {"name": ["value", ...]}}, secrets redacted. */
    private static ObjectNode headers(HttpHeaders headers) {
        Map<String, List<String>> sorted = new TreeMap<>();
        headers.map().forEach((name, values) -> sorted.put(name.toLowerCase(Locale.ROOT), values));
        ObjectNode result = NODES.objectNode();
        sorted.forEach((name, values) -> {
            var list = result.putArray(name);
            values.forEach(v -> list.add(SecretHeaders.isSecret(name) ? SecretHeaders.REDACTED : v));
        });
        return result;
    }

    /** A JSON answer as JSON; any other text as a string. */
    private static JsonNode body(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return NODES.textNode(text == null ? "" : text);
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return NODES.textNode(text);
        }
    }
}
