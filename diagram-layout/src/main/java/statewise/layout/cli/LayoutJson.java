package statewise.layout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import statewise.layout.Box;
import statewise.layout.LayoutResult;
import statewise.layout.NodeKind;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/**
 * The layout as the JSON document {@code statewise layout} prints (issue 4): nodes with their boxes, containers and
 * parents; edges with kind, route and label box; absolute coordinates rounded to 0.01 px. The Start and End markers
 * are drawings of ours, not states: they come apart, under {@code markers}, each with its box and the ids of the
 * states it is joined to ({@code for}: the StartAt state; the states that end the execution), so tools can check
 * them without the documented node and edge lists changing shape.
 */
final class LayoutJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LayoutJson() {
    }

    static String write(LayoutResult layout) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode nodes = root.putArray("nodes");
        for (PlacedNode node : layout.nodes()) {
            if (node.kind().isMarker()) {
                continue;
            }
            ObjectNode n = nodes.addObject().put("id", node.id());
            box(n, node.box());
            n.put("container", node.container());
            if (node.parent() == null) {
                n.putNull("parent");
            } else {
                n.put("parent", node.parent());
            }
        }
        ArrayNode edges = root.putArray("edges");
        ArrayNode markers = root.putArray("markers");
        for (RoutedEdge edge : layout.edges()) {
            if (edge.kind().isMarker()) {
                continue;
            }
            edge(edges.addObject(), edge);
        }
        for (PlacedNode node : layout.nodes()) {
            if (node.kind().isMarker()) {
                marker(markers.addObject(), node, layout);
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static void edge(ObjectNode e, RoutedEdge edge) {
        e.put("from", edge.from()).put("to", edge.to()).put("kind", edge.kind().name().toLowerCase(Locale.ROOT));
        ArrayNode points = e.putArray("points");
        for (Point p : edge.points()) {
            points.addObject().put("x", round(p.x())).put("y", round(p.y()));
        }
        if (edge.label() == null) {
            e.putNull("label");
        } else {
            box(e.putObject("label").put("text", edge.label().text()), edge.label().box());
        }
    }

    /** A marker's kind and box, and the states its edges join it to, in the order of the edges. */
    private static void marker(ObjectNode m, PlacedNode marker, LayoutResult layout) {
        m.put("kind", marker.kind() == NodeKind.START ? "start" : "end");
        box(m, marker.box());
        ArrayNode joined = m.putArray("for");
        for (RoutedEdge edge : layout.edges()) {
            if (edge.from().equals(marker.id())) {
                joined.add(edge.to());
            } else if (edge.to().equals(marker.id())) {
                joined.add(edge.from());
            }
        }
    }

    private static void box(ObjectNode node, Box box) {
        node.put("x", round(box.x())).put("y", round(box.y())).put("width", round(box.width()))
                .put("height", round(box.height()));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
