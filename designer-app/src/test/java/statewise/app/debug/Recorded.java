package statewise.app.debug;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A history recorded against AWS, from the shared conformance corpus, written as {@code get-execution-history}
 * prints it (timestamps one second apart, payloads and error causes as JSON text), with its definition next to it.
 * The corpus keeps a Lambda error's cause as an object; AWS sends it as text.
 *
 * @param events      how many events the history holds
 * @param caughtState the state whose error a Catch handled
 */
record Recorded(Path definition, Path history, int events, String caughtState) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A Lambda task whose error the first matching catcher handles. */
    private static final String CASE = "v2_error_handling_test_task_lambda_TestTaskLambda_test_raise_exception_catch"
            + "-05e7744c.json";
    private static final Set<String> TEXT_PAYLOADS = Set.of("input", "output", "parameters");

    static Recorded fromCorpus(Path folder) throws IOException {
        Path file = shared().resolve("conformance/cases/services").resolve(CASE);
        String text = Files.readString(file).replace("<lambda_function_name>", "lambda_func_uid0001");
        JsonNode corpusCase = JSON.readTree(text);
        Path definition = folder.resolve("lambda-catch.asl.json");
        Files.writeString(definition, corpusCase.get("definition").toPrettyString());
        ObjectNode root = JSON.createObjectNode();
        ArrayNode events = root.putArray("events");
        Instant time = Instant.parse("2025-03-01T10:00:00Z");
        for (JsonNode recorded : corpusCase.path("expected").path("history")) {
            ObjectNode event = recorded.deepCopy();
            event.put("timestamp", time.toString());
            time = time.plusSeconds(1);
            for (Iterator<Map.Entry<String, JsonNode>> it = event.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().endsWith("EventDetails") && field.getValue() instanceof ObjectNode details) {
                    TEXT_PAYLOADS.stream().filter(details::has).forEach(p -> details.put(p, details.get(p).toString()));
                    if (details.has("cause") && !details.get("cause").isTextual()) {
                        details.put("cause", causeText(corpusCase, details.get("cause")));
                    }
                }
            }
            events.add(event);
        }
        Path history = folder.resolve("lambda-catch.history.json");
        Files.writeString(history, root.toPrettyString());
        return new Recorded(definition, history, events.size(), "Start");
    }

    /**
     * The cause as AWS wrote it: the text of a later state output's {@code Cause} that holds the same JSON (the
     * corpus keeps the event's cause parsed, and AWS's text has its own spacing), else compact JSON.
     */
    private static String causeText(JsonNode corpusCase, JsonNode cause) throws IOException {
        for (JsonNode event : corpusCase.path("expected").path("history")) {
            JsonNode text = event.path("stateExitedEventDetails").path("output").path("Cause");
            if (text.isTextual() && cause.equals(JSON.readTree(text.asText()))) {
                return text.asText();
            }
        }
        return cause.toString();
    }

    private static Path shared() {
        String configured = System.getProperty("statewise.shared");
        Path path = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(path.resolve("conformance"))) {
            throw new IllegalStateException("The shared corpus is not at " + path.toAbsolutePath()
                    + "; set -Dstatewise.shared=/path/to/shared");
        }
        return path;
    }
}
