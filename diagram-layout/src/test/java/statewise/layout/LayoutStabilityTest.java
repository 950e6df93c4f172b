package statewise.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import statewise.layout.CorpusEdits.Edited;
import statewise.layout.LayoutChecks.Findings;
import statewise.layout.LayoutCorpus.Definition;
import statewise.layout.render.Java2dSizer;

/**
 * Stable editing over the corpus: after each small edit (add, remove, rename, reconnect one state) laid out with
 * the previous layout as hint, the nodes the edit did not touch move little (issue 4: mean at most 25 px), and the
 * drawing still keeps its rules. An added state sits between its predecessor and successor wherever a fresh layout
 * puts it there, and the rows below a removed state move up into its place. Prints one summary line.
 */
class LayoutStabilityTest {

    static final double MAX_MEAN_MOVEMENT = 25;
    /**
     * The edits the issue's bar is measured on: add (on the edge out of the first state), remove (the last state
     * with a Next), rename, reconnect. The other kinds measure where added states go and whether gaps close; their
     * movement is reported too.
     */
    static final List<String> ISSUE_KINDS = List.of("add", "remove", "rename", "reconnect");
    /** The least share of edits that must place an added state, or close a removed one's gap, as asked. */
    static final double MIN_SHARE = 0.9;
    private static final double EPSILON = 1e-6;

    /**
     * One edit laid out: how far its untouched nodes moved in total, how many there were, what the checks found.
     *
     * @param placed for an add where the fresh layout sets the new state between its neighbours: whether the kept
     *               layout does too; for a remove with the successor below the removed state: whether the successor
     *               moved up into its place; else null
     */
    private record Measured(String name, double movement, int untouched, Findings findings, @Nullable Boolean placed) {

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
                MEASURED.add(measure(definition.name() + " " + edit.kind(), before, after, edit,
                        placed(edit, before, after, DiagramLayout.layout(graph))));
            }
        }
        List<Measured> issue = issueEdits();
        double movement = issue.stream().mapToDouble(Measured::movement).sum();
        int untouched = issue.stream().mapToInt(Measured::untouched).sum();
        long overLimit = issue.stream().filter(m -> m.mean() > MAX_MEAN_MOVEMENT).count();
        System.out.printf("layout stability: %d edits (add, remove, rename, reconnect), %d untouched nodes, mean"
                        + " movement %.2f px (limit %.0f); %d edits above the limit on their own; after all %d edits:"
                        + " %d node overlaps, %d edges through nodes, %d label overlaps, %d slanted routes,"
                        + " %d choice order%n",
                issue.size(), untouched, untouched == 0 ? 0 : movement / untouched, MAX_MEAN_MOVEMENT, overLimit,
                MEASURED.size(),
                count(Findings::nodeOverlaps), count(Findings::edgesThroughNodes), count(Findings::labelOverlaps),
                count(Findings::notOrthogonal), count(Findings::choiceOrder));
        StringBuilder kinds = new StringBuilder("layout stability by edit:");
        for (String kind : KINDS) {
            List<Measured> of = ofKind(kind);
            double moved = of.stream().mapToDouble(Measured::movement).sum();
            int count = of.stream().mapToInt(Measured::untouched).sum();
            kinds.append(String.format(Locale.ROOT, " %s %d edits %.2f px", kind, of.size(),
                    count == 0 ? 0 : moved / count));
            long asked = of.stream().filter(m -> m.placed() != null).count();
            if (asked > 0) {
                kinds.append(String.format(Locale.ROOT, " (%s %d of %d)", kind.startsWith("remove")
                        ? "gap closed" : "between its neighbours", of.stream().filter(m -> Boolean.TRUE.equals(
                        m.placed())).count(), asked));
            }
            kinds.append(';');
        }
        System.out.println(kinds);
    }

    private static final List<String> KINDS = List.of("add", "insert-last", "remove", "remove-first", "rename",
            "reconnect");

    private static List<Measured> issueEdits() {
        return ISSUE_KINDS.stream().flatMap(kind -> ofKind(kind).stream()).toList();
    }

    private static List<Measured> ofKind(String kind) {
        return MEASURED.stream().filter(m -> m.name().endsWith(" " + kind)).toList();
    }

    /** See {@link Measured#placed()}. */
    private static @Nullable Boolean placed(Edited edit, LayoutResult before, LayoutResult after,
            LayoutResult fresh) {
        List<String> around = edit.around();
        if (around.size() == 3) {
            return between(fresh, around) ? between(after, around) : null;
        }
        if (around.size() == 2) {
            PlacedNode removed = before.node(around.get(0));
            PlacedNode next = before.node(around.get(1));
            PlacedNode moved = after.node(around.get(1));
            if (removed == null || next == null || moved == null || next.box().y() < removed.box().bottom()) {
                return null;
            }
            return moved.box().y() <= removed.box().y() + EPSILON;
        }
        return null;
    }

    /** True when the middle state lies below the first and above the last, all three on the top level. */
    private static boolean between(LayoutResult layout, List<String> three) {
        PlacedNode before = layout.node(three.get(0));
        PlacedNode middle = layout.node(three.get(1));
        PlacedNode after = layout.node(three.get(2));
        return before != null && middle != null && after != null && before.box().bottom() <= middle.box().y()
                && middle.box().bottom() <= after.box().y();
    }

    private static Measured measure(String name, LayoutResult before, LayoutResult after, Edited edit,
            @Nullable Boolean placed) {
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
        return new Measured(name, movement, untouched, LayoutChecks.check(after), placed);
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
        for (String kind : KINDS) {
            assertTrue(ofKind(kind).size() > 40, kind);
        }
    }

    @Test
    void addedStatesSitBetweenTheirNeighboursAsInAFreshLayout() {
        List<Measured> asked = MEASURED.stream().filter(m -> m.placed() != null && !m.name().contains(" remove"))
                .toList();
        long placed = asked.stream().filter(m -> m.placed()).count();
        assertTrue(asked.size() > 40 && placed >= MIN_SHARE * asked.size(), placed + " of " + asked.size());
    }

    @Test
    void removedStatesLeaveNoGap() {
        List<Measured> asked = MEASURED.stream().filter(m -> m.placed() != null && m.name().contains(" remove"))
                .toList();
        long closed = asked.stream().filter(m -> m.placed()).count();
        assertTrue(asked.size() > 40 && closed >= MIN_SHARE * asked.size(), closed + " of " + asked.size());
    }

    @Test
    void untouchedNodesMoveLittle() {
        double movement = issueEdits().stream().mapToDouble(Measured::movement).sum();
        int untouched = issueEdits().stream().mapToInt(Measured::untouched).sum();
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
