package statewise.engine.run.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import statewise.engine.run.TaskCall;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.TaskResolver;

/** HTTP Tasks and Lambda endpoints against a real HTTP server on loopback, which each test allows explicitly. */
class LocalEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TaskResolver UNREACHED = call -> TaskOutcome.failure("Test.Unreached", call.resource());

    private HttpServer server;
    private String base;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/echo", exchange -> answer(exchange, 200, "application/json",
                "{\"method\":\"" + exchange.getRequestMethod() + "\",\"query\":\""
                        + exchange.getRequestURI().getRawQuery() + "\"}"));
        server.createContext("/missing", exchange -> answer(exchange, 404, "text/plain", "no such thing"));
        server.createContext("/fn", exchange -> answer(exchange, 200, "application/json",
                "{\"got\":" + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) + "}"));
        server.createContext("/broken", exchange -> {
            exchange.getResponseHeaders().add("X-Amz-Function-Error", "Unhandled");
            answer(exchange, 200, "application/json", "{\"errorType\":\"ValueError\",\"errorMessage\":\"bad\"}");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Set-Cookie", "session=s3cr3t");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static TaskCall call(String resource, String input) throws IOException {
        return new TaskCall("Call", resource, JSON.readTree(input), 0, 0, JsonNodeFactory.instance.objectNode());
    }

    private LocalEndpoints allowingLoopback(Map<String, URI> lambdas) {
        return new LocalEndpoints(HostAllowList.of(List.of("127.0.0.1")), lambdas, UNREACHED);
    }

    @Test
    void httpTaskSendsQueryParametersAndAnswersInAwsShape() throws IOException {
        TaskOutcome outcome = allowingLoopback(Map.of()).resolve(call("arn:aws:states:::http:invoke",
                "{\"ApiEndpoint\":\"" + base + "/echo\",\"Method\":\"GET\",\"QueryParameters\":{\"q\":\"a b\"}}"));
        JsonNode result = ((TaskOutcome.Success) outcome).output();
        assertThat(result.get("StatusCode").asInt()).isEqualTo(200);
        assertThat(result.get("StatusText").asText()).isEqualTo("OK");
        assertThat(result.get("ResponseBody").toString()).isEqualTo("{\"method\":\"GET\",\"query\":\"q=a+b\"}");
        assertThat(result.get("Headers").get("content-type").toString()).isEqualTo("[\"application/json\"]");
    }

    @Test
    void responseCookiesAreRedacted() throws IOException {
        TaskOutcome outcome = allowingLoopback(Map.of()).resolve(call("arn:aws:states:::http:invoke",
                "{\"ApiEndpoint\":\"" + base + "/echo\",\"Method\":\"GET\"}"));
        assertThat(((TaskOutcome.Success) outcome).output().get("Headers").get("set-cookie").toString())
                .isEqualTo("[\"[redacted]\"]");
    }

    @Test
    void urlEncodedBodyUsesTheArrayFormat() throws IOException {
        allowingLoopback(Map.of()).resolve(call("arn:aws:states:::http:invoke", "{\"ApiEndpoint\":\"" + base
                + "/echo\",\"Method\":\"POST\",\"RequestBody\":{\"a\":[1,2],\"b\":\"x\"},\"Transform\":"
                + "{\"RequestBodyEncoding\":\"URL_ENCODED\",\"RequestEncodingOptions\":"
                + "{\"ArrayFormat\":\"BRACKETS\"}}}"));
        assertThat(received).containsExactly("POST /echo application/x-www-form-urlencoded "
                + "a%5B%5D=1&a%5B%5D=2&b=x");
    }

    @Test
    void nonSuccessStatusFailsWithAwsErrorName() throws IOException {
        TaskOutcome outcome = allowingLoopback(Map.of()).resolve(call("arn:aws:states:::http:invoke",
                "{\"ApiEndpoint\":\"" + base + "/missing\",\"Method\":\"GET\"}"));
        TaskOutcome.Failure failure = (TaskOutcome.Failure) outcome;
        assertThat(failure.error()).isEqualTo("States.Http.StatusCode.404");
        assertThat(JSON.readTree(failure.cause()).get("ResponseBody").asText()).isEqualTo("no such thing");
    }

    @Test
    void hostNotAllowedIsRefusedWithoutAnyRequest() throws IOException {
        LocalEndpoints none = new LocalEndpoints(HostAllowList.NONE, Map.of(), UNREACHED);
        TaskOutcome outcome = none.resolve(call("arn:aws:states:::http:invoke",
                "{\"ApiEndpoint\":\"" + base + "/echo\",\"Method\":\"GET\"}"));
        TaskOutcome.Failure failure = (TaskOutcome.Failure) outcome;
        assertThat(failure.error()).isEqualTo("States.Permissions");
        assertThat(failure.cause()).contains("--allow-host 127.0.0.1").contains("\"allowedHosts\"");
        assertThat(received).isEmpty();
    }

    @Test
    void localhostIsNotAllowedByAllowingLoopbackAddress() throws IOException {
        TaskOutcome outcome = allowingLoopback(Map.of()).resolve(call("arn:aws:states:::http:invoke",
                "{\"ApiEndpoint\":\"http://localhost:" + server.getAddress().getPort()
                        + "/echo\",\"Method\":\"GET\"}"));
        assertThat(((TaskOutcome.Failure) outcome).error()).isEqualTo("States.Permissions");
    }

    @Test
    void lambdaFunctionArnGetsTheBarePayloadFromItsEndpoint() throws IOException {
        TaskOutcome outcome = allowingLoopback(Map.of("orders", URI.create(base + "/fn"))).resolve(call(
                "arn:aws:lambda:us-east-1:111111111111:function:orders:live", "{\"id\":7}"));
        assertThat(((TaskOutcome.Success) outcome).output().toString()).isEqualTo("{\"got\":{\"id\":7}}");
    }

    @Test
    void lambdaInvokeWrapsThePayloadAsAwsDoes() throws IOException {
        TaskOutcome outcome = allowingLoopback(Map.of("orders", URI.create(base + "/fn"))).resolve(call(
                "arn:aws:states:::lambda:invoke", "{\"FunctionName\":\"orders\",\"Payload\":{\"id\":7}}"));
        JsonNode result = ((TaskOutcome.Success) outcome).output();
        assertThat(result.get("Payload").toString()).isEqualTo("{\"got\":{\"id\":7}}");
        assertThat(result.get("StatusCode").asInt()).isEqualTo(200);
        assertThat(result.get("ExecutedVersion").asText()).isEqualTo("$LATEST");
    }

    @Test
    void lambdaFunctionErrorFailsWithItsErrorType() throws IOException {
        TaskOutcome outcome = allowingLoopback(Map.of("f", URI.create(base + "/broken"))).resolve(call(
                "arn:aws:lambda:us-east-1:111111111111:function:f", "{}"));
        TaskOutcome.Failure failure = (TaskOutcome.Failure) outcome;
        assertThat(failure.error()).isEqualTo("ValueError");
        assertThat(failure.cause()).isEqualTo("{\"errorType\":\"ValueError\",\"errorMessage\":\"bad\"}");
    }

    @Test
    void unmappedFunctionGoesToTheNextResolver() throws IOException {
        TaskOutcome outcome = allowingLoopback(Map.of()).resolve(call(
                "arn:aws:lambda:us-east-1:111111111111:function:other", "{}"));
        assertThat(((TaskOutcome.Failure) outcome).error()).isEqualTo("Test.Unreached");
    }
}
