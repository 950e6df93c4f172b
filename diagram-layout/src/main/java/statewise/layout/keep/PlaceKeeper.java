package statewise.layout.keep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.layout.Box;
import statewise.layout.DiagramEdge;
import statewise.layout.DiagramGraph;
import statewise.layout.DiagramNode;
import statewise.layout.LayoutOptions;
import statewise.layout.LayoutResult;
import statewise.layout.PlacedLabel;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;
import statewise.layout.Size;

/**
 * Turns a fresh layout into one that keeps what the user sees: pinned nodes exactly at their pins, nodes that were
 * in the previous layout where they were, new nodes next to a neighbour as the fresh layout relates them.
 *
 * <p>Each node of the top level moves as one block with everything inside it. A block takes the previous layout's
 * geometry when nothing inside it changed, else the fresh layout's, set at the node's previous place. The rows below
 * a removed node move up into its place, and a new node pushes down what lies below it ({@link Shifter}), pinned
 * blocks never. Blocks that would still overlap are moved right, new ones first, pinned ones never. A pin on a nested node moves that node
 * inside its container, which grows to hold it. Last, every edge whose ends are no longer where its route was drawn
 * for, or whose route or label now runs into a node, is routed again by {@link LevelRerouter}.
 *
 * <p>Postconditions: pinned nodes' boxes start exactly at their pins (negative coordinates count as 0); blocks
 * that are not pinned overlap no other block; every route is orthogonal.
 */
public final class PlaceKeeper {

    /** Kept between top-level blocks moved apart. */
    static final double GAP = 30;
    /** Around the whole diagram, as in a fresh layout. */
    static final double MARGIN = 20;
    /** Inside a container that grows to hold a pinned node. */
    static final double PADDING = 14;

    private final Structure structure;
    private final LayoutResult fresh;
    private final @Nullable LayoutResult previous;
    private final Map<String, Point> pins = new HashMap<>();
    private final Map<String, Block> blocks = new HashMap<>();
    private final Map<String, String> blockOf = new HashMap<>();
    private final Drawing drawing = new Drawing();

    private PlaceKeeper(Structure structure, LayoutResult fresh, LayoutOptions options) {
        this.structure = structure;
        this.fresh = fresh;
        this.previous = options.previous();
        options.pins().forEach((id, p) -> {
            if (structure.has(id)) {
                pins.put(id, new Point(Math.max(0, p.x()), Math.max(0, p.y())));
            }
        });
    }

    /**
     * The layout of {@code graph} that keeps the places {@code options} asks for.
     *
     * @param fresh a fresh layout of the same graph, from the kernel
     */
    public static LayoutResult keep(DiagramGraph graph, LayoutResult fresh, LayoutOptions options) {
        if (options.pins().isEmpty() && options.previous() == null) {
            return fresh;
        }
        PlaceKeeper keeper = new PlaceKeeper(new Structure(graph), fresh, options);
        keeper.anchorBlocks();
        keeper.draw();
        keeper.pinNested();
        keeper.shift();
        keeper.separate();
        LevelRerouter.reroute(keeper.structure, keeper.drawing, keeper.expected());
        return keeper.result();
    }

    /** Gives each top-level node its block: source geometry and place. */
    private void anchorBlocks() {
        List<DiagramNode> fresher = new ArrayList<>();
        for (DiagramNode node : structure.top().nodes()) {
            List<String> ids = structure.subtree(node.id());
            ids.forEach(id -> blockOf.put(id, node.id()));
            boolean same = previous != null && unchanged(node, ids);
            LayoutResult source = same ? previous : fresh;
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

    /** True when the previous layout has this node with the same nodes, sizes and edges inside it. */
    private boolean unchanged(DiagramNode node, List<String> ids) {
        for (String id : ids) {
            PlacedNode before = previous.node(id);
            DiagramNode now = structure.node(id);
            if (before == null || before.kind() != now.kind() || !sameParent(before, id)
                    || now.body() == null && !before.box().size().equals(now.size())) {
                return false;
            }
        }
        Set<String> inner = new HashSet<>(structure.innerEdges(node.id()));
        Map<String, RoutedEdge> beforeEdges = edgesById(previous);
        for (String id : inner) {
            if (!beforeEdges.containsKey(id)) {
                return false;
            }
        }
        long beforeInner = previous.edges().stream().filter(e -> ids.contains(e.from()) && !e.from().equals(
                node.id())).count();
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

    /** Fills the drawing with every block's geometry where the block stands. */
    private void draw() {
        Map<String, RoutedEdge> freshEdges = edgesById(fresh);
        Map<String, RoutedEdge> previousEdges = previous == null ? Map.of() : edgesById(previous);
        for (Block block : blocks.values()) {
            for (String id : block.ids()) {
                drawing.boxes.put(id, block.source().node(id).box().translate(block.dx(), block.dy()));
            }
            Map<String, RoutedEdge> edges = block.source() == fresh ? freshEdges : previousEdges;
            for (String id : structure.innerEdges(block.id())) {
                RoutedEdge edge = edges.get(id);
                Box label = edge.label() == null ? null : edge.label().box();
                drawing.routes.put(id, new Drawing.Route(edge.points(), label).translate(block.dx(), block.dy()));
            }
        }
    }

    /** Moves pinned nested nodes to their pins and grows their containers; their blocks are pinned from then. */
    private void pinNested() {
        List<String> nested = pins.keySet().stream().filter(id -> structure.parent(id) != null).sorted().toList();
        for (String id : nested) {
            Box box = drawing.boxes.get(id);
            Point pin = pins.get(id);
            double dx = pin.x() - box.x();
            double dy = pin.y() - box.y();
            drawing.moveNodes(structure.subtree(id), dx, dy);
            drawing.moveRoutes(structure.innerEdges(id), dx, dy);
            grow(id);
            Block block = blocks.get(blockOf.get(id));
            put(new Block(block.id(), block.ids(), block.source(), block.dx(), block.dy(), Block.PINNED));
        }
    }

    /** Grows the containers of {@code id}, innermost first, to hold it with padding below their title strips. */
    private void grow(String id) {
        String child = id;
        for (String parent = structure.parent(id); parent != null; parent = structure.parent(parent)) {
            Box inner = drawing.boxes.get(child);
            Box box = drawing.boxes.get(parent);
            double title = fresh.node(parent).titleHeight();
            Box needed = new Box(inner.x() - PADDING, inner.y() - PADDING - title, inner.width() + 2 * PADDING,
                    inner.height() + 2 * PADDING + title);
            drawing.boxes.put(parent, box.union(needed));
            child = parent;
        }
    }

    /**
     * Closes the gaps of removed top-level nodes (bottom ones first, so each gap is measured where it is), then
     * makes room for new blocks in document order, as {@link Shifter} does.
     */
    private void shift() {
        if (previous == null) {
            return;
        }
        Shifter shifter = new Shifter(structure, drawing, blocks);
        previous.nodes().stream().filter(n -> n.parent() == null && !structure.has(n.id()))
                .map(PlacedNode::box).sorted(Comparator.comparingDouble(Box::y).reversed())
                .forEach(shifter::closeGap);
        for (DiagramNode node : structure.top().nodes()) {
            Block block = blocks.get(node.id());
            if (block.rank() == Block.NEW) {
                shifter.makeRoom(block);
            }
        }
    }

    /**
     * Moves blocks right until no two overlap: pinned ones stay, kept ones go before new ones, each in document
     * order. Postcondition: blocks that are not pinned keep {@link #GAP} from every other block.
     */
    private void separate() {
        List<Block> order = new ArrayList<>(blocks.values());
        Map<String, Integer> documentOrder = new HashMap<>();
        structure.top().nodes().forEach(n -> documentOrder.put(n.id(), documentOrder.size()));
        order.sort(Comparator.comparingInt(Block::rank).thenComparingInt(b -> documentOrder.get(b.id())));
        List<Box> placed = new ArrayList<>();
        for (Block block : order) {
            Box box = drawing.boxes.get(block.id());
            if (block.rank() != Block.PINNED) {
                double dx = 0;
                for (Box other = clash(box, placed); other != null; other = clash(box.translate(dx, 0), placed)) {
                    dx = other.right() + GAP - box.x();
                }
                if (dx != 0) {
                    drawing.moveNodes(block.ids(), dx, 0);
                    drawing.moveRoutes(structure.innerEdges(block.id()), dx, 0);
                    put(block.moveBy(dx, 0));
                    box = box.translate(dx, 0);
                }
            }
            placed.add(box);
        }
    }

    private static @Nullable Box clash(Box box, List<Box> placed) {
        for (Box other : placed) {
            if (!apart(box, other)) {
                return other;
            }
        }
        return null;
    }

    /** True when the two blocks' boxes keep {@link #GAP} between them. */
    static boolean apart(Box a, Box b) {
        return !a.inflate(GAP / 2 - 0.01).overlaps(b.inflate(GAP / 2 - 0.01));
    }

    /**
     * For each edge, the route its ends expect: the source layout's route moved with the block of the edge's
     * source, when both ends still stand where that route was drawn for; edges without one are routed again.
     */
    private Map<String, Drawing.Route> expected() {
        Map<String, Drawing.Route> out = new HashMap<>();
        Map<String, RoutedEdge> freshEdges = edgesById(fresh);
        Map<String, RoutedEdge> previousEdges = previous == null ? Map.of() : edgesById(previous);
        for (DiagramEdge edge : structure.allEdges()) {
            Block block = blocks.get(blockOf.get(edge.from()));
            RoutedEdge drawn = (block.source() == fresh ? freshEdges : previousEdges).get(edge.id());
            if (drawn == null || !drawn.from().equals(edge.from()) || !drawn.to().equals(edge.to())
                    || !standsAt(edge.from(), block) || !standsAt(edge.to(), block)) {
                continue;
            }
            Box label = drawn.label() == null ? null : drawn.label().box();
            if (edge.label() != null && label == null || edge.label() == null && label != null) {
                continue;
            }
            out.put(edge.id(), new Drawing.Route(drawn.points(), label).translate(block.dx(), block.dy()));
        }
        return out;
    }

    /** True when the node is where {@code block}'s source had it, moved as that block moved. */
    private boolean standsAt(String id, Block block) {
        PlacedNode there = block.source().node(id);
        return there != null && there.box().translate(block.dx(), block.dy()).equals(drawing.boxes.get(id));
    }

    private LayoutResult result() {
        List<PlacedNode> nodes = new ArrayList<>();
        double right = 0;
        double bottom = 0;
        for (PlacedNode node : fresh.nodes()) {
            Box box = drawing.boxes.get(node.id());
            nodes.add(new PlacedNode(node.id(), node.parent(), node.kind(), node.name(), box, node.container(),
                    node.titleHeight()));
            right = Math.max(right, box.right());
            bottom = Math.max(bottom, box.bottom());
        }
        List<RoutedEdge> edges = new ArrayList<>();
        for (RoutedEdge edge : fresh.edges()) {
            Drawing.Route route = drawing.routes.get(edge.id());
            for (Point p : route.points()) {
                right = Math.max(right, p.x());
                bottom = Math.max(bottom, p.y());
            }
            PlacedLabel label = null;
            if (edge.label() != null && route.label() != null) {
                label = new PlacedLabel(edge.label().text(), route.label());
                right = Math.max(right, route.label().right());
                bottom = Math.max(bottom, route.label().bottom());
            }
            edges.add(new RoutedEdge(edge.id(), edge.from(), edge.to(), edge.kind(), edge.index(), route.points(),
                    label));
        }
        return new LayoutResult(new Size(right + MARGIN, bottom + MARGIN), nodes, edges);
    }

    private static Map<String, RoutedEdge> edgesById(LayoutResult layout) {
        Map<String, RoutedEdge> out = new HashMap<>();
        layout.edges().forEach(e -> out.put(e.id(), e));
        return out;
    }
}
