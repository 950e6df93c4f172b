package statewise.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9's safety promises, end to end through {@code statewise run} against a real HTTP server on loopback: nothing
 * is sent to a host the user did not allow (not by default, not through a redirect, not to a Lambda endpoint), and a
 * secret header is sent but never printed, in the text trace or the JSON history.
 */
class RunHttpSafetyTest {

    private static final String SECRET = "Bearer s3cr3t-value";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private HttpServer server;
    private int port;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/echo", exchange -> answer(exchange, 200, "{\"ok\":true}"));
        server.createContext("/hop", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://localhost:" + port + "/echo");
            answer(exchange, 302, "");
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        received.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private String httpTask(String path) throws IOException {
        return Files.writeString(dir.resolve("call.asl.json"), """
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                  "Parameters": {"ApiEndpoint": "http://127.0.0.1:%d%s", "Method": "GET",
                    "Headers": {"Authorization": "%s", "Accept": "application/json"}},
                  "End": true}}}""".formatted(port, path, SECRET)).toString();
    }

    /** The Headers of the TaskScheduled event in {@code run --format json}'s output. */
    private static JsonNode scheduledHeaders(String out) throws IOException {
        for (JsonNode event : JSON.readTree(out).at("/history/events")) {
            if (event.path("type").asText().equals("TaskScheduled")) {
                return JSON.readTree(event.at("/taskScheduledEventDetails/parameters").asText()).path("Headers");
            }
        }
        throw new AssertionError("no TaskScheduled event in " + out);
    }

    @Test
    void withoutAllowHostNothingIsSentAndTheCauseSaysHowToAllowTheHost() throws IOException {
        CliRun run = CliRun.of("run", httpTask("/echo"), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(received).isEmpty();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("error").asText()).isEqualTo("States.Permissions");
        assertThat(result.get("cause").asText()).contains("--allow-host 127.0.0.1");
    }

    @Test
    void anAllowedCallSendsTheSecretButNeitherTheTraceNorTheHistoryShowsIt() throws IOException {
        String definition = httpTask("/echo");

        CliRun text = CliRun.of("run", definition, "--allow-host", "127.0.0.1");
        CliRun json = CliRun.of("run", definition, "--allow-host", "127.0.0.1", "--format", "json");

        assertThat(text.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(json.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(received).containsExactly("/echo " + SECRET, "/echo " + SECRET);
        assertThat(text.out() + text.err() + json.out() + json.err()).doesNotContain("s3cr3t");
        assertThat(scheduledHeaders(json.out()).toString())
                .isEqualTo("{\"Authorization\":\"[redacted]\",\"Accept\":\"application/json\"}");
    }

    @Test
    void aJsonataHttpTaskKeepsItsSecretOutOfTheHistoryToo() throws IOException {
        String definition = Files.writeString(dir.resolve("jsonata.asl.json"), """
                {"QueryLanguage": "JSONata", "StartAt": "Call", "States": {"Call": {"Type": "Task",
                  "Resource": "arn:aws:states:::http:invoke", "End": true,
                  "Arguments": {"ApiEndpoint": "http://127.0.0.1:%d/echo", "Method": "GET",
                    "Headers": {"Authorization": "{%% $states.input.token %%}"}}}}}"""
                .formatted(port)).toString();

        CliRun run = CliRun.of("run", definition, "--allow-host", "127.0.0.1", "--format", "json", "--input",
                "{\"token\": \"" + SECRET + "\"}");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(received).containsExactly("/echo " + SECRET);
        assertThat(scheduledHeaders(run.out()).toString()).isEqualTo("{\"Authorization\":\"[redacted]\"}");
    }

    @Test
    void aRedirectToAHostThatIsNotAllowedIsNotFollowed() throws IOException {
        CliRun run = CliRun.of("run", httpTask("/hop"), "--allow-host", "127.0.0.1", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(received).containsExactly("/hop " + SECRET);
        assertThat(run.out()).contains("States.Http.StatusCode.302");
    }

    @Test
    void aLambdaEndpointOnAHostThatIsNotAllowedGetsNoRequest() throws IOException {
        String definition = Files.writeString(dir.resolve("fn.asl.json"), """
                {"StartAt": "Fn", "States": {"Fn": {"Type": "Task", "End": true,
                  "Resource": "arn:aws:lambda:us-east-1:111111111111:function:orders"}}}""").toString();

        CliRun refused = CliRun.of("run", definition, "--lambda-endpoint", "orders=http://127.0.0.1:" + port
                + "/echo", "--format", "json");
        CliRun allowed = CliRun.of("run", definition, "--lambda-endpoint", "orders=http://127.0.0.1:" + port
                + "/echo", "--allow-host", "127.0.0.1", "--format", "json");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(refused.out()).contains("States.Permissions").contains("--allow-host 127.0.0.1");
        assertThat(allowed.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(received).containsExactly("/echo null");
    }
}
