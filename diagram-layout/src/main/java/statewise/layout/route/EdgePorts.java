package statewise.layout.route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import statewise.layout.Box;
import statewise.layout.DiagramEdge;
import statewise.layout.DiagramGraph;
import statewise.layout.EdgeKind;
import statewise.layout.Point;

/**
 * Where each edge of a level leaves and enters its nodes: the drawing conventions, in one place for the kernel
 * (which hands them to ELK as fixed ports) and the router. Edges enter at the top centre; {@code Next} and End
 * edges leave at the bottom centre; a Choice state's rules leave along its bottom, left to right in rule order with
 * the {@code Default} last; catchers leave down the right side in order. Edges into a hub (see {@link
 * #EdgePorts(DiagramGraph, Set)}) enter it from the right, and a Choice's last edge leaves from the right when it
 * goes to a hub.
 */
public final class EdgePorts {

    /** A port's key (edges sharing a key share the port) and where it is. */
    private record Spot(String key, Side side, double fx, double fy) {

        Port on(Box box) {
            return new Port(new Point(box.x() + fx * box.width(), box.y() + fy * box.height()), side);
        }
    }

    private static final Spot IN = new Spot("in", Side.TOP, 0.5, 0);
    private static final Spot HUB_IN = new Spot("hub-in", Side.RIGHT, 1, 0.5);
    private static final Spot OUT = new Spot("out", Side.BOTTOM, 0.5, 1);

    private final Map<String, Spot> sources = new HashMap<>();
    private final Map<String, Spot> targets = new HashMap<>();

    /**
     * The ports of a level's edges.
     *
     * @param level the level
     * @param hubs  the ids of edges into hubs, which the router draws instead of ELK
     */
    public EdgePorts(DiagramGraph level, Set<String> hubs) {
        Map<String, List<DiagramEdge>> choices = new HashMap<>();
        Map<String, List<DiagramEdge>> catches = new HashMap<>();
        for (DiagramEdge edge : level.edges()) {
            targets.put(edge.id(), hubs.contains(edge.id()) ? HUB_IN : IN);
            switch (edge.kind()) {
                case CHOICE, DEFAULT -> choices.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
                case CATCH -> catches.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
                default -> sources.put(edge.id(), OUT);
            }
        }
        choices.values().forEach(list -> spreadChoices(list, hubs));
        for (List<DiagramEdge> list : catches.values()) {
            for (int i = 0; i < list.size(); i++) {
                sources.put(list.get(i).id(), new Spot(list.get(i).id(), Side.RIGHT, 1,
                        (i + 1.0) / (list.size() + 1)));
            }
        }
    }

    /** Rules in order, then the Default; the last one leaves from the right when it goes to a hub. */
    private void spreadChoices(List<DiagramEdge> edges, Set<String> hubs) {
        List<DiagramEdge> ordered = new ArrayList<>(edges);
        ordered.sort((a, b) -> a.kind() != b.kind() ? (a.kind() == EdgeKind.DEFAULT ? 1 : -1)
                : Integer.compare(a.index(), b.index()));
        DiagramEdge last = ordered.get(ordered.size() - 1);
        if (hubs.contains(last.id())) {
            sources.put(last.id(), new Spot(last.id(), Side.RIGHT, 1, 0.5));
            ordered.remove(ordered.size() - 1);
        }
        for (int i = 0; i < ordered.size(); i++) {
            sources.put(ordered.get(i).id(), new Spot(ordered.get(i).id(), Side.BOTTOM, (i + 1.0) / (ordered.size()
                    + 1), 1));
        }
    }

    /** The source port of an edge on a node with this box. */
    public Port source(DiagramEdge edge, Box box) {
        return sources.get(edge.id()).on(box);
    }

    /** The target port of an edge on a node with this box. */
    public Port target(DiagramEdge edge, Box box) {
        return targets.get(edge.id()).on(box);
    }

    /** The key of an edge's source port: edges with the same key on one node share the port. */
    public String sourceKey(DiagramEdge edge) {
        return sources.get(edge.id()).key();
    }

    /** The key of an edge's target port. */
    public String targetKey(DiagramEdge edge) {
        return targets.get(edge.id()).key();
    }
}
