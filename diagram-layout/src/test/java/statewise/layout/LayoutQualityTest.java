package statewise.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import statewise.layout.LayoutChecks.Findings;
import statewise.layout.LayoutCorpus.Definition;

/**
 * The drawing rules of issue 4 over every definition of the conformance corpus and every benchmark workflow: no
 * overlapping nodes or labels, no edge through a node, orthogonal routes, children inside their containers, Choice
 * rules in order, Catch edges leaving the side, no crossings on the benchmark workflows (all drawable without one),
 * few bends. Prints one summary line with the counts.
 */
class LayoutQualityTest {

    /** One definition laid out, with what the checks found. */
    private record Checked(Definition definition, LayoutResult layout, Findings findings) {
    }

    private static List<Checked> conformance;
    private static List<Checked> bench;

    @BeforeAll
    static void layOutTheCorpus() {
        conformance = LayoutCorpus.conformance().stream().map(LayoutQualityTest::check).toList();
        bench = LayoutCorpus.bench().stream().map(LayoutQualityTest::check).toList();
        List<Checked> all = all();
        int nodes = all.stream().mapToInt(c -> c.layout().nodes().size()).sum();
        int edges = all.stream().mapToInt(c -> c.findings().edges()).sum();
        int bends = all.stream().mapToInt(c -> c.findings().bends()).sum();
        System.out.printf("layout quality: %d definitions (%d conformance, %d bench), %d nodes, %d edges;"
                        + " %d node overlaps, %d edges through nodes, %d label overlaps, %d slanted routes,"
                        + " %d outside their container, %d choice order, %d catch not on the side,"
                        + " %d routes not attached to their ends; crossings %d conformance / %d bench; %.3f bends per edge%n",
                all.size(), conformance.size(), bench.size(), nodes, edges,
                count(all, Findings::nodeOverlaps), count(all, Findings::edgesThroughNodes),
                count(all, Findings::labelOverlaps), count(all, Findings::notOrthogonal),
                count(all, Findings::outsideContainer), count(all, Findings::choiceOrder),
                count(all, Findings::catchNotOnSide), count(all, Findings::detached), crossings(conformance),
                crossings(bench),
                edges == 0 ? 0.0 : (double) bends / edges);
    }

    private static Checked check(Definition definition) {
        LayoutResult layout = DiagramLayout.layout(definition.graph());
        return new Checked(definition, layout, LayoutChecks.check(layout));
    }

    private static List<Checked> all() {
        List<Checked> all = new ArrayList<>(conformance);
        all.addAll(bench);
        return all;
    }

    private static int count(List<Checked> checked, Function<Findings, List<String>> what) {
        return checked.stream().mapToInt(c -> what.apply(c.findings()).size()).sum();
    }

    private static int crossings(List<Checked> checked) {
        return checked.stream().mapToInt(c -> c.findings().crossings()).sum();
    }

    /** Every finding of one kind, named by its definition, for the failure message. */
    private static List<String> findings(Function<Findings, List<String>> what) {
        List<String> out = new ArrayList<>();
        for (Checked c : all()) {
            what.apply(c.findings()).forEach(f -> out.add(c.definition().name() + ": " + f));
        }
        return out;
    }

    @Test
    void theCorpusIsNotEmpty() {
        assertTrue(conformance.size() > 100, "conformance definitions: " + conformance.size());
        assertTrue(bench.stream().anyMatch(c -> c.definition().name().equals("big.asl.json")));
    }

    @Test
    void noNodesOverlap() {
        assertEquals(List.of(), findings(Findings::nodeOverlaps));
    }

    @Test
    void noEdgePassesThroughANode() {
        assertEquals(List.of(), findings(Findings::edgesThroughNodes));
    }

    @Test
    void noLabelOverlapsANodeOrAnotherLabel() {
        assertEquals(List.of(), findings(Findings::labelOverlaps));
    }

    @Test
    void everyRouteIsOrthogonal() {
        assertEquals(List.of(), findings(Findings::notOrthogonal));
    }

    @Test
    void childrenAndTheirEdgesStayInsideTheirContainers() {
        assertEquals(List.of(), findings(Findings::outsideContainer));
    }

    @Test
    void choiceRulesLeaveLeftToRightWithTheDefaultLast() {
        assertEquals(List.of(), findings(Findings::choiceOrder));
    }

    @Test
    void catchEdgesLeaveTheSideOfTheirState() {
        assertEquals(List.of(), findings(Findings::catchNotOnSide));
    }

    @Test
    void benchmarkWorkflowsHaveNoCrossings() {
        List<String> crossed = bench.stream().filter(c -> c.findings().crossings() > 0)
                .map(c -> c.definition().name() + ": " + c.findings().crossings()).toList();
        assertEquals(List.of(), crossed);
    }

    @Test
    void everyRouteStartsOnItsSourceAndEndsOnItsTarget() {
        assertEquals(List.of(), findings(Findings::detached));
    }

    @Test
    void meanBendsPerEdgeIsAtMostOne() {
        int edges = all().stream().mapToInt(c -> c.findings().edges()).sum();
        int bends = all().stream().mapToInt(c -> c.findings().bends()).sum();
        assertTrue(bends <= edges, bends + " bends on " + edges + " edges");
    }
}
