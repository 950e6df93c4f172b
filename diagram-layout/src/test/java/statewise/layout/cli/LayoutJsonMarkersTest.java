package statewise.layout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.cli.CliStreams;
import statewise.engine.cli.StatewiseCli;

/** The Start and End markers in {@code statewise layout --format json}: boxes and the states they are joined to. */
class LayoutJsonMarkersTest {

    private static final String DEFINITION = """
            {"StartAt": "Check", "States": {
              "Check": {"Type": "Choice", "Choices": [
                  {"Variable": "$.n", "NumericLessThan": 10, "Next": "Done"}], "Default": "Bad"},
              "Done": {"Type": "Pass", "End": true},
              "Bad": {"Type": "Fail", "Error": "TooBig"}}}
            """;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private JsonNode layout(String definition) throws Exception {
        CliStreams streams = new CliStreams(new ByteArrayInputStream(definition.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        int exit = StatewiseCli.commandLine(streams, List.of(new LayoutCommand(streams))).execute("layout", "-",
                "--format", "json");
        assertEquals(0, exit, err.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void startMarkerSitsAboveTheStartAtStateAndNamesIt() throws Exception {
        JsonNode root = layout(DEFINITION);

        JsonNode start = marker(root, "start");
        assertEquals(List.of("/States/Check"), texts(start.get("for")));
        JsonNode check = node(root, "/States/Check");
        assertTrue(start.get("y").asDouble() + start.get("height").asDouble() <= check.get("y").asDouble());
        assertTrue(start.get("width").asDouble() > 0 && start.get("height").asDouble() > 0);
    }

    @Test
    void endMarkerSitsBelowEveryStateThatEndsTheExecution() throws Exception {
        JsonNode root = layout(DEFINITION);

        JsonNode end = marker(root, "end");
        assertEquals(List.of("/States/Done", "/States/Bad"), texts(end.get("for")));
        for (String id : texts(end.get("for"))) {
            JsonNode state = node(root, id);
            assertTrue(state.get("y").asDouble() + state.get("height").asDouble() <= end.get("y").asDouble(), id);
        }
    }

    @Test
    void markersStayOutOfTheDocumentedNodesAndEdges() throws Exception {
        JsonNode root = layout(DEFINITION);

        assertEquals(2, root.get("markers").size());
        assertEquals(3, root.get("nodes").size());
        for (JsonNode edge : root.get("edges")) {
            assertTrue(edge.get("from").asText().startsWith("/") && edge.get("to").asText().startsWith("/"));
        }
    }

    @Test
    void aSingleStateHasNoMarkers() throws Exception {
        JsonNode root = layout("{\"Type\": \"Pass\", \"End\": true}");

        assertEquals(0, root.get("markers").size());
        assertEquals(1, root.get("nodes").size());
    }

    private static JsonNode marker(JsonNode root, String kind) {
        for (JsonNode marker : root.get("markers")) {
            if (kind.equals(marker.get("kind").asText())) {
                return marker;
            }
        }
        throw new AssertionError("no " + kind + " marker in " + root.get("markers"));
    }

    private static JsonNode node(JsonNode root, String id) {
        for (JsonNode node : root.get("nodes")) {
            if (id.equals(node.get("id").asText())) {
                return node;
            }
        }
        throw new AssertionError("no node " + id);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
