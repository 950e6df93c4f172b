package statewise.layout.keep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.layout.Box;
import statewise.layout.DiagramEdge;
import statewise.layout.DiagramNode;
import statewise.layout.LayoutResult;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/**
 * The first step of keeping places: gives each top-level node its {@link Block}, deciding where the block's geometry
 * comes from and where it stands before anything is moved apart. A pinned block stands at its pin; a block that was
 * in the previous layout stands where it was, with the previous layout's geometry when nothing inside it changed
 * and the fresh one's otherwise; a new block keeps its fresh position relative to its first placed neighbour.
 */
final class Anchors {

    private final Structure structure;
    private final LayoutResult fresh;
    private final @Nullable LayoutResult previous;
    private final Map<String, Point> pins;
    private final Map<String, Block> blocks = new HashMap<>();
    /** The previous layout's edge ids, and how many of its edges leave each node. */
    private final Set<String> previousEdges = new HashSet<>();
    private final Map<String, Integer> previousOutgoing = new HashMap<>();

    private Anchors(Structure structure, LayoutResult fresh, @Nullable LayoutResult previous,
            Map<String, Point> pins) {
        this.structure = structure;
        this.fresh = fresh;
        this.previous = previous;
        this.pins = pins;
        if (previous != null) {
            for (RoutedEdge edge : previous.edges()) {
                previousEdges.add(edge.id());
                previousOutgoing.merge(edge.from(), 1, Integer::sum);
            }
        }
    }

    /**
     * Every top-level node's block, by node id.
     *
     * @param pins where pinned nodes stand, by id (top-level ones decide their block's place)
     */
    static Map<String, Block> anchor(Structure structure, LayoutResult fresh, @Nullable LayoutResult previous,
            Map<String, Point> pins) {
        Anchors anchors = new Anchors(structure, fresh, previous, pins);
        anchors.anchorAll();
        return anchors.blocks;
    }

    private void anchorAll() {
        List<DiagramNode> fresher = new ArrayList<>();
        for (DiagramNode node : structure.top().nodes()) {
            List<String> ids = structure.subtree(node.id());
            LayoutResult source = previous != null && unchanged(previous, node, ids) ? previous : fresh;
            Box from = source.node(node.id()).box();
            Point pin = pins.get(node.id());
            PlacedNode before = previous == null ? null : previous.node(node.id());
            if (pin != null) {
                put(new Block(node.id(), ids, source, pin.x() - from.x(), pin.y() - from.y(), Block.PINNED));
            } else if (previous == null) {
                put(new Block(node.id(), ids, fresh, 0, 0, Block.KEPT));
            } else if (before != null && before.parent() == null && before.kind() == node.kind()) {
                put(new Block(node.id(), ids, source, before.box().x() - from.x(), before.box().y() - from.y(),
                        Block.KEPT));
            } else {
                fresher.add(node);
            }
        }
        for (DiagramNode node : fresher) {
            Point offset = neighbourOffset(node.id());
            put(new Block(node.id(), structure.subtree(node.id()), fresh, offset.x(), offset.y(), Block.NEW));
        }
    }

    private void put(Block block) {
        blocks.put(block.id(), block);
    }

    /** True when the layout {@code before} has this node with the same nodes, sizes and edges inside it. */
    private boolean unchanged(LayoutResult before, DiagramNode node, List<String> ids) {
        for (String id : ids) {
            PlacedNode was = before.node(id);
            DiagramNode now = structure.node(id);
            if (was == null || was.kind() != now.kind() || !sameParent(was, id)
                    || now.body() == null && !was.box().size().equals(now.size())) {
                return false;
            }
        }
        Set<String> inner = new HashSet<>(structure.innerEdges(node.id()));
        if (!previousEdges.containsAll(inner)) {
            return false;
        }
        int beforeInner = 0;
        for (String id : ids) {
            if (!id.equals(node.id())) {
                beforeInner += previousOutgoing.getOrDefault(id, 0);
            }
        }
        return beforeInner == inner.size();
    }

    private boolean sameParent(PlacedNode before, String id) {
        String parent = structure.parent(id);
        return parent == null ? before.parent() == null : parent.equals(before.parent());
    }

    /**
     * How far a new node is moved from its fresh place: as far as its first placed neighbour (a state leading to
     * it, else one it leads to) moved, so it keeps its fresh position relative to that neighbour.
     */
    private Point neighbourOffset(String id) {
        List<DiagramEdge> edges = structure.top().edges();
        for (boolean incoming : new boolean[] {true, false}) {
            for (DiagramEdge edge : edges) {
                String other = incoming ? edge.from() : edge.to();
                String self = incoming ? edge.to() : edge.from();
                Block block = blocks.get(other);
                if (self.equals(id) && !other.equals(id) && block != null) {
                    Box now = block.box();
                    Box freshBox = fresh.node(other).box();
                    return new Point(now.x() - freshBox.x(), now.y() - freshBox.y());
                }
            }
        }
        return new Point(0, 0);
    }
}
