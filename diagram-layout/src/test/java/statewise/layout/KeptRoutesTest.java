package statewise.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.edit.AddState;
import statewise.engine.edit.DocumentEdits;
import statewise.engine.edit.EdgeRef;
import statewise.engine.edit.StateRef;
import statewise.engine.model.StateType;
import statewise.engine.parse.AslParser;
import statewise.layout.render.Java2dSizer;

/**
 * Edges whose one end moved straight since the last layout keep their route, stretched, instead of being routed
 * anew: after a state is appended in the middle of a long flow, every Choice above it still reaches the shared Fail
 * state below it along the route the user saw.
 */
class KeptRoutesTest {

    private static final int PAIRS = 10;

    @Test
    void appendingInTheMiddleStretchesTheRoutesFromAboveIntoTheSharedFailState() {
        AslDocument document = AslParser.parse(pairs(), DocumentFormat.JSON);
        AslDocument edited = DocumentEdits.apply(document, new AddState("", "Added", StateType.PASS,
                EdgeRef.next(StateRef.top("S5")))).document();
        LayoutResult before = DiagramLayout.layout(DiagramGraphs.of(document, Java2dSizer.INSTANCE));
        LayoutResult after = DiagramLayout.layout(DiagramGraphs.of(edited, Java2dSizer.INSTANCE),
                LayoutOptions.FRESH.withPrevious(before));
        double dy = after.node("/States/Bad").box().y() - before.node("/States/Bad").box().y();
        assertTrue(dy > 0, "the Fail state below the new one moves down");
        for (int k = 0; k < PAIRS / 2; k++) {
            List<Point> was = route(before, "/States/C" + k);
            List<Point> now = route(after, "/States/C" + k);
            assertEquals(was.size(), now.size(), "C" + k);
            for (int i = 0; i < was.size(); i++) {
                Point p = was.get(i);
                assertTrue(now.get(i).equals(p) || now.get(i).equals(p.translate(0, dy)), "C" + k + " point " + i);
            }
        }
    }

    @Test
    void routesIntoTheSharedFailStateRoutedAnewEnterItFromTheSideAsInAFreshLayout() {
        AslDocument edited = DocumentEdits.apply(AslParser.parse(pairs(), DocumentFormat.JSON),
                new AddState("", "Loose", StateType.PASS, null)).document();
        DiagramGraph graph = DiagramGraphs.of(edited, Java2dSizer.INSTANCE);
        LayoutResult before = DiagramLayout.layout(DiagramGraphs.of(AslParser.parse(pairs(), DocumentFormat.JSON),
                Java2dSizer.INSTANCE));
        LayoutResult fresh = DiagramLayout.layout(graph);
        LayoutResult kept = DiagramLayout.layout(graph, LayoutOptions.FRESH.withPrevious(before));

        List<String> freshSides = entrySides(fresh, "/States/Bad");
        assertEquals(PAIRS - 1, freshSides.stream().filter("right"::equals).count(), freshSides.toString());
        assertEquals(freshSides, entrySides(kept, "/States/Bad"));
    }

    /** For each edge into {@code target} in document order, the side of the target it enters. */
    private static List<String> entrySides(LayoutResult layout, String target) {
        Box box = layout.node(target).box();
        return layout.edges().stream().filter(e -> e.to().equals(target)).map(e -> {
            Point end = e.points().get(e.points().size() - 1);
            return Math.abs(end.y() - box.y()) < 0.5 ? "top" : Math.abs(end.x() - box.right()) < 0.5 ? "right"
                    : "other";
        }).toList();
    }

    private static List<Point> route(LayoutResult layout, String choice) {
        return layout.edges().stream().filter(e -> e.from().equals(choice) && e.to().equals("/States/Bad"))
                .findFirst().orElseThrow().points();
    }

    /** Pass/Choice pairs in a row whose Defaults all lead to one Fail state, as in big.asl.json. */
    private static String pairs() {
        StringBuilder b = new StringBuilder("{\"StartAt\": \"S0\", \"States\": {");
        for (int k = 0; k < PAIRS; k++) {
            String next = k + 1 < PAIRS ? "S" + (k + 1) : "Done";
            b.append("\"S").append(k).append("\": {\"Type\": \"Pass\", \"Next\": \"C").append(k).append("\"},")
                    .append("\"C").append(k).append("\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.x\",")
                    .append(" \"NumericLessThan\": 10, \"Next\": \"").append(next)
                    .append("\"}], \"Default\": \"Bad\"},");
        }
        return b.append("\"Done\": {\"Type\": \"Succeed\"}, \"Bad\": {\"Type\": \"Fail\"}}}").toString();
    }
}
