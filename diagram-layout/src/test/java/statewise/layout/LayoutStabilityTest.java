package statewise.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import statewise.layout.CorpusEdits.Edited;
import statewise.layout.LayoutChecks.Findings;
import statewise.layout.LayoutCorpus.Definition;
import statewise.layout.render.Java2dSizer;

/**
 * Stable editing over the corpus: after each small edit (add, remove, rename, reconnect one state) laid out with
 * the previous layout as hint, the nodes the edit did not touch move little (issue 4: mean at most 25 px), and the
 * drawing still keeps its rules. Prints one summary line.
 */
class LayoutStabilityTest {

    static final double MAX_MEAN_MOVEMENT = 25;

    /** One edit laid out: how far its untouched nodes moved in total, how many there were, what the checks found. */
    private record Measured(String name, double movement, int untouched, Findings findings) {

        double mean() {
            return untouched == 0 ? 0 : movement / untouched;
        }
    }

    private static final List<Measured> MEASURED = new ArrayList<>();

    @BeforeAll
    static void editTheCorpus() {
        for (Definition definition : LayoutCorpus.all()) {
            if (definition.document().stateMachine() == null) {
                continue;
            }
            LayoutResult before = DiagramLayout.layout(definition.graph());
            for (Edited edit : CorpusEdits.of(definition.text())) {
                DiagramGraph graph = DiagramGraphs.of(edit.document(), Java2dSizer.INSTANCE);
                LayoutResult after = DiagramLayout.layout(graph, LayoutOptions.FRESH.withPrevious(before));
                MEASURED.add(measure(definition.name() + " " + edit.kind(), before, after, edit));
            }
        }
        double movement = MEASURED.stream().mapToDouble(Measured::movement).sum();
        int untouched = MEASURED.stream().mapToInt(Measured::untouched).sum();
        long overLimit = MEASURED.stream().filter(m -> m.mean() > MAX_MEAN_MOVEMENT).count();
        System.out.printf("layout stability: %d edits, %d untouched nodes, mean movement %.2f px (limit %.0f);"
                        + " %d edits above the limit on their own; after the edits: %d node overlaps, %d edges"
                        + " through nodes, %d label overlaps, %d slanted routes, %d choice order%n",
                MEASURED.size(), untouched, untouched == 0 ? 0 : movement / untouched, MAX_MEAN_MOVEMENT, overLimit,
                count(Findings::nodeOverlaps), count(Findings::edgesThroughNodes), count(Findings::labelOverlaps),
                count(Findings::notOrthogonal), count(Findings::choiceOrder));
    }

    private static Measured measure(String name, LayoutResult before, LayoutResult after, Edited edit) {
        double movement = 0;
        int untouched = 0;
        for (PlacedNode node : after.nodes()) {
            PlacedNode old = before.node(node.id());
            if (old == null || edit.touched().contains(node.id())) {
                continue;
            }
            movement += Math.hypot(node.box().x() - old.box().x(), node.box().y() - old.box().y());
            untouched++;
        }
        return new Measured(name, movement, untouched, LayoutChecks.check(after));
    }

    private static int count(Function<Findings, List<String>> what) {
        return MEASURED.stream().mapToInt(m -> what.apply(m.findings()).size()).sum();
    }

    private static List<String> findings(Function<Findings, List<String>> what) {
        List<String> out = new ArrayList<>();
        MEASURED.forEach(m -> what.apply(m.findings()).forEach(f -> out.add(m.name() + ": " + f)));
        return out;
    }

    @Test
    void everyKindOfEditIsMeasured() {
        for (String kind : List.of("add", "remove", "rename", "reconnect")) {
            assertTrue(MEASURED.stream().filter(m -> m.name().endsWith(" " + kind)).count() > 40, kind);
        }
    }

    @Test
    void untouchedNodesMoveLittle() {
        double movement = MEASURED.stream().mapToDouble(Measured::movement).sum();
        int untouched = MEASURED.stream().mapToInt(Measured::untouched).sum();
        assertTrue(movement / untouched <= MAX_MEAN_MOVEMENT, "mean movement " + movement / untouched);
    }

    @Test
    void editedLayoutsHaveNoOverlappingNodes() {
        assertEquals(List.of(), findings(Findings::nodeOverlaps));
    }

    @Test
    void editedLayoutsRouteNoEdgeThroughANode() {
        assertEquals(List.of(), findings(Findings::edgesThroughNodes));
    }

    @Test
    void editedLayoutsKeepRoutesOrthogonalAndChoiceRulesInOrder() {
        assertEquals(List.of(), findings(Findings::notOrthogonal));
        assertEquals(List.of(), findings(Findings::choiceOrder));
    }

    @Test
    void editedLayoutsKeepLabelsApart() {
        assertEquals(List.of(), findings(Findings::labelOverlaps));
    }
}
