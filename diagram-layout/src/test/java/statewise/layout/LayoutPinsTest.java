package statewise.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;
import statewise.layout.LayoutChecks.Findings;
import statewise.layout.LayoutCorpus.Definition;
import statewise.layout.render.Java2dSizer;

/**
 * User pins: a pinned node ends up exactly at its pin, other nodes make room, and every edge is routed again
 * around the nodes. Checked over the corpus (the first state of each definition pinned right of the diagram) and
 * on a node inside a Map state.
 */
class LayoutPinsTest {

    @Test
    void pinnedStatesStandExactlyAtTheirPinsWithEdgesAroundTheNodes() {
        List<String> problems = new ArrayList<>();
        int pinned = 0;
        int rerouted = 0;
        for (Definition definition : LayoutCorpus.conformance()) {
            DiagramGraph graph = definition.graph();
            if (definition.document().stateMachine() == null || graph.nodes().size() < 3) {
                continue;
            }
            LayoutResult fresh = DiagramLayout.layout(graph);
            String id = graph.nodes().get(1).id();
            Point pin = new Point(Math.round(fresh.size().width() + 40), Math.round(fresh.size().height() / 3));
            LayoutResult layout = DiagramLayout.layout(graph, LayoutOptions.FRESH.withPins(Map.of(id, pin)));
            pinned++;
            rerouted += (int) layout.edges().stream().filter(e -> !e.equals(edge(fresh, e.id()))).count();
            if (!layout.node(id).box().topLeft().equals(pin)) {
                problems.add(definition.name() + ": " + id + " at " + layout.node(id).box().topLeft());
            }
            Findings findings = LayoutChecks.check(layout);
            findings.nodeOverlaps().forEach(f -> problems.add(definition.name() + ": " + f));
            findings.edgesThroughNodes().forEach(f -> problems.add(definition.name() + ": " + f));
            findings.notOrthogonal().forEach(f -> problems.add(definition.name() + ": " + f));
            findings.outsideContainer().forEach(f -> problems.add(definition.name() + ": " + f));
        }
        System.out.printf("layout pins: %d definitions with one state pinned, %d edges routed again, %d problems%n",
                pinned, rerouted, problems.size());
        assertTrue(pinned > 100, "pinned " + pinned);
        assertEquals(List.of(), problems);
    }

    @Test
    void aPinnedStateInsideAMapGrowsItsContainer() {
        String text = """
                {"StartAt": "Prepare", "States": {
                  "Prepare": {"Type": "Pass", "Next": "Each"},
                  "Each": {"Type": "Map", "ItemProcessor": {"StartAt": "Work", "States": {
                      "Work": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:w", "Next": "Done"},
                      "Done": {"Type": "Succeed"}}}, "Next": "After"},
                  "After": {"Type": "Pass", "End": true}}}
                """;
        DiagramGraph graph = DiagramGraphs.of(AslParser.parse(text, DocumentFormat.JSON), Java2dSizer.INSTANCE);
        String work = "/States/Each/ItemProcessor/States/Work";
        LayoutResult fresh = DiagramLayout.layout(graph);
        Point pin = fresh.node(work).box().topLeft().translate(200, 30);

        LayoutResult layout = DiagramLayout.layout(graph, LayoutOptions.FRESH.withPins(Map.of(work, pin)));

        assertEquals(pin, layout.node(work).box().topLeft());
        assertTrue(layout.node("/States/Each").box().contains(layout.node(work).box()));
        Findings findings = LayoutChecks.check(layout);
        assertEquals(List.of(), findings.nodeOverlaps());
        assertEquals(List.of(), findings.edgesThroughNodes());
        assertEquals(List.of(), findings.outsideContainer());
    }

    @Test
    void pinsKeepTheirPlacesWhenThePreviousLayoutIsGivenToo() {
        String text = """
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Next": "B"},
                  "B": {"Type": "Choice", "Choices": [{"Variable": "$.x", "NumericEquals": 1, "Next": "C"}],
                        "Default": "D"},
                  "C": {"Type": "Succeed"},
                  "D": {"Type": "Fail"}}}
                """;
        DiagramGraph graph = DiagramGraphs.of(AslParser.parse(text, DocumentFormat.JSON), Java2dSizer.INSTANCE);
        LayoutResult before = DiagramLayout.layout(graph);
        Point moved = before.node("/States/B").box().topLeft().translate(300, 0);

        LayoutResult layout = DiagramLayout.layout(graph, new LayoutOptions(Map.of("/States/B", moved), before));

        assertEquals(moved, layout.node("/States/B").box().topLeft());
        assertEquals(before.node("/States/A").box(), layout.node("/States/A").box());
        assertEquals(List.of(), LayoutChecks.check(layout).edgesThroughNodes());
        assertEquals(List.of(), LayoutChecks.check(layout).choiceOrder());
    }

    private static RoutedEdge edge(LayoutResult layout, String id) {
        return layout.edges().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
