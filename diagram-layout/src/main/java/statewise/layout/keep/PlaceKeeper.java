package statewise.layout.keep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * geometry when nothing inside it changed, else the fresh layout's, set at the node's previous place ({@link
 * Anchors}). A pin on a nested node moves that node inside its container, which grows to hold it. The rows below a
 * removed node move up into its place, and a new node pushes down what lies below it ({@link Shifter}), pinned blocks
 * never. Blocks that would still overlap are moved right ({@link Separator}). Last, an edge whose one end moved
 * straight since its route was drawn keeps that route, stretched to reach it ({@link Stretch}); every other edge
 * whose ends are no longer where its route was drawn for, or whose route or label now runs into a node, is routed
 * again by {@link LevelRerouter}.
 *
 * <p>Postconditions: pinned nodes' boxes start exactly at their pins (negative coordinates count as 0); blocks
 * that are not pinned overlap no other block; every route is orthogonal.
 */
public final class PlaceKeeper {

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
        blocks.putAll(Anchors.anchor(structure, fresh, previous, pins));
        blocks.values().forEach(block -> block.ids().forEach(id -> blockOf.put(id, block.id())));
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
        keeper.draw();
        keeper.pinNested();
        keeper.shift();
        Separator.separate(keeper.structure, keeper.drawing, keeper.blocks);
        LevelRerouter.reroute(keeper.structure, keeper.drawing, keeper.expected());
        return keeper.result();
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
            blocks.put(block.id(), new Block(block.id(), block.ids(), block.source(), block.dx(), block.dy(),
                    Block.PINNED));
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
     * For each edge, the routes to try before searching a new one ({@link Stretch}): the route drawn for it by the
     * layout of its source's block (else of its target's block, for an edge new to the source's, else the fresh
     * layout's), moved with that block, and bent where one end has moved since. Edges without one are routed again.
     */
    private Map<String, List<Drawing.Route>> expected() {
        Map<String, List<Drawing.Route>> out = new HashMap<>();
        Map<String, RoutedEdge> freshEdges = edgesById(fresh);
        Map<String, RoutedEdge> previousEdges = previous == null ? Map.of() : edgesById(previous);
        for (DiagramEdge edge : structure.allEdges()) {
            Block block = blocks.get(blockOf.get(edge.from()));
            RoutedEdge drawn = drawnIn(block, edge, freshEdges, previousEdges);
            if (drawn == null) {
                block = blocks.get(blockOf.get(edge.to()));
                drawn = drawnIn(block, edge, freshEdges, previousEdges);
            }
            if (drawn == null) {
                block = freshAt(edge.from());
                drawn = drawnIn(block, edge, freshEdges, previousEdges);
            }
            Box label = drawn == null || drawn.label() == null ? null : drawn.label().box();
            if (drawn == null || edge.label() != null && label == null || edge.label() == null && label != null) {
                continue;
            }
            Point fromMove = moved(edge.from(), block);
            Point toMove = moved(edge.to(), block);
            if (fromMove != null && toMove != null) {
                Drawing.Route route = new Drawing.Route(drawn.points(), label).translate(block.dx(), block.dy());
                out.put(edge.id(), Stretch.candidates(route, fromMove, toMove));
            }
        }
        return out;
    }

    /**
     * The fresh layout moved so that {@code id} stands where it is now: where an edge that neither end's block drew
     * (one that a removal brought back, say) can take its fresh route from.
     */
    private Block freshAt(String id) {
        Box was = fresh.node(id).box();
        Box now = drawing.boxes.get(id);
        return new Block(id, List.of(id), fresh, now.x() - was.x(), now.y() - was.y(), Block.NEW);
    }

    /** The route {@code block}'s layout drew for the edge, if it drew one between the same ends. */
    private @Nullable RoutedEdge drawnIn(Block block, DiagramEdge edge, Map<String, RoutedEdge> freshEdges,
            Map<String, RoutedEdge> previousEdges) {
        RoutedEdge drawn = (block.source() == fresh ? freshEdges : previousEdges).get(edge.id());
        return drawn != null && drawn.from().equals(edge.from()) && drawn.to().equals(edge.to()) ? drawn : null;
    }

    /**
     * How far the node now stands from where {@code block}'s source had it, moved as that block moved; null when
     * that source does not have it or had it in another size.
     */
    private @Nullable Point moved(String id, Block block) {
        PlacedNode there = block.source().node(id);
        Box now = drawing.boxes.get(id);
        if (there == null || !there.box().size().equals(now.size())) {
            return null;
        }
        Box expected = there.box().translate(block.dx(), block.dy());
        return expected.equals(now) ? new Point(0, 0) : new Point(now.x() - expected.x(), now.y() - expected.y());
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
