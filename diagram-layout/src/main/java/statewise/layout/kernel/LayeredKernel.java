package statewise.layout.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.eclipse.elk.alg.layered.ElkLayered;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.jspecify.annotations.Nullable;
import statewise.layout.Box;
import statewise.layout.DiagramGraph;
import statewise.layout.DiagramNode;
import statewise.layout.LayoutResult;
import statewise.layout.NodeKind;
import statewise.layout.PlacedLabel;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;
import statewise.layout.Size;
import statewise.layout.route.EdgePorts;
import statewise.layout.route.HubEdges;

/**
 * Lays out a whole diagram with ELK layered, innermost containers first: each container's body is laid out on its
 * own (so a container is a plain node of known size one level up, as ELK's SEPARATE_CHILDREN handling does), the
 * branches of a Parallel state are set side by side in order, and the levels are then put together in absolute
 * coordinates.
 *
 * <p>Thread-safe: every call builds its own ELK graphs, each thread runs its own instance of ELK layered, and
 * ELK learns its value types once.
 */
public final class LayeredKernel {

    /** Around the whole diagram. */
    static final double MARGIN = 20;
    /** Inside a container, around its content (below the title strip). */
    static final double CONTAINER_PADDING = 14;
    /** Between the branches of a Parallel state. */
    static final double BRANCH_GAP = 16;

    /** How many container bodies {@link #BODIES} keeps. */
    static final int CACHED_BODIES = 256;

    /**
     * Container bodies laid out lately, by container node (its id, title and whole body): a container's layout
     * depends on nothing else, so after an edit elsewhere the designer's next layout takes it from here instead of
     * asking ELK again.
     */
    private static final Map<DiagramNode, Laid> BODIES = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<DiagramNode, Laid> eldest) {
            return size() > CACHED_BODIES;
        }
    };

    /**
     * ELK layered itself, one per thread (an instance keeps working state between calls). Every level is a flat
     * graph, so the kernel hands ELK's own graph of the level straight to the algorithm: ELK's recursive engine and
     * its ELK-graph import and export would only copy the level twice, a quarter of a 200-state layout for nothing.
     */
    private static final ThreadLocal<ElkLayered> LAYERED = ThreadLocal.withInitial(ElkLayered::new);

    /** The cancel token of the layout running on this thread: ELK polls it between its phases, levels after them. */
    private static final ThreadLocal<BooleanSupplier> CANCELLED = ThreadLocal.withInitial(() -> () -> false);

    private static volatile boolean registered;

    private LayeredKernel() {
    }

    /**
     * Teaches ELK how to copy its own value types (vectors, paddings), which it does for every option default it
     * hands out (once per process; later calls return at once). The algorithm is called directly on its own graphs,
     * so ELK's registry of algorithms and options, much slower to fill, is never needed.
     */
    private static void register() {
        if (!registered) {
            synchronized (LayeredKernel.class) {
                if (!registered) {
                    LayoutMetaDataService.initElkReflect();
                    registered = true;
                }
            }
        }
    }

    /**
     * Forgets the container bodies laid out so far, so the next layout computes every level anew (what a test of
     * determinism needs to compare two real runs).
     */
    public static void forgetBodies() {
        synchronized (BODIES) {
            BODIES.clear();
        }
    }

    /** A fresh layout of the whole diagram. */
    public static LayoutResult layout(DiagramGraph graph) {
        return layout(graph, () -> false);
    }

    /**
     * A fresh layout of the whole diagram that stops soon after {@code cancelled} turns true, throwing
     * {@link CancellationException}; container bodies cut short are not remembered.
     */
    public static LayoutResult layout(DiagramGraph graph, BooleanSupplier cancelled) {
        CANCELLED.set(cancelled);
        try {
            return layoutWhole(graph);
        } finally {
            CANCELLED.remove();
        }
    }

    private static LayoutResult layoutWhole(DiagramGraph graph) {
        register();
        Laid top = level(graph, new ElkPadding(MARGIN));
        List<PlacedNode> nodes = new ArrayList<>();
        List<RoutedEdge> edges = new ArrayList<>();
        place(top, null, new Point(0, 0), nodes, edges);
        return new LayoutResult(top.geometry().size(), nodes, edges);
    }

    /** One level laid out, with the layouts of its containers' bodies. */
    private record Laid(DiagramGraph graph, LevelGeometry geometry, Map<String, Laid> bodies) {

        Laid {
            bodies = Map.copyOf(bodies);
        }
    }

    private static Laid level(DiagramGraph graph, ElkPadding padding) {
        Map<String, Laid> bodies = new HashMap<>();
        Map<String, Size> sizes = new HashMap<>();
        for (DiagramNode node : graph.nodes()) {
            if (node.body() != null) {
                Laid body = container(node);
                bodies.put(node.id(), body);
                sizes.put(node.id(), body.geometry().size());
            } else {
                sizes.put(node.id(), node.size());
            }
        }
        Set<String> hubs = HubEdges.of(graph);
        EdgePorts ports = new EdgePorts(graph, hubs);
        LGraphImporter imported = LGraphImporter.importLevel(graph, sizes, ports, hubs, padding);
        BooleanSupplier cancelled = CANCELLED.get();
        LAYERED.get().doLayout(imported.graph(), new BasicProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return cancelled.getAsBoolean();
            }
        });
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("The layout was cancelled");
        }
        LevelGeometry laid = LGraphTransferrer.transfer(imported);
        return new Laid(graph, HubRouter.route(graph, laid, ports, hubs, padding), bodies);
    }

    /** A container's body, in the container's own coordinates (title strip on top, padding around). */
    private static Laid container(DiagramNode node) {
        synchronized (BODIES) {
            Laid known = BODIES.get(node);
            if (known != null) {
                return known;
            }
        }
        Laid laid = layOutContainer(node);
        synchronized (BODIES) {
            BODIES.put(node, laid);
        }
        return laid;
    }

    private static Laid layOutContainer(DiagramNode node) {
        DiagramGraph body = node.body();
        Size title = node.size();
        if (node.kind() == NodeKind.PARALLEL) {
            return branches(body, title);
        }
        double top = title.height() + CONTAINER_PADDING;
        Laid laid = level(body, new ElkPadding(top, CONTAINER_PADDING, CONTAINER_PADDING, CONTAINER_PADDING));
        double least = title.width() + 2 * CONTAINER_PADDING;
        Size size = laid.geometry().size();
        if (size.width() >= least) {
            return laid;
        }
        LevelGeometry wider = Shift.geometry(laid.geometry(), (least - size.width()) / 2, 0,
                new Size(least, size.height()));
        return new Laid(body, wider, laid.bodies());
    }

    /**
     * A Parallel state's branches side by side in order, top-aligned and all as tall as the tallest, so they read
     * as lanes that run at the same time.
     */
    private static Laid branches(DiagramGraph body, Size title) {
        Map<String, Laid> laid = new LinkedHashMap<>();
        double tallest = 0;
        for (DiagramNode branch : body.nodes()) {
            Laid one = container(branch);
            laid.put(branch.id(), one);
            tallest = Math.max(tallest, one.geometry().size().height());
        }
        Map<String, Box> boxes = new LinkedHashMap<>();
        double x = CONTAINER_PADDING;
        double y = title.height() + CONTAINER_PADDING;
        for (Map.Entry<String, Laid> entry : laid.entrySet()) {
            double width = entry.getValue().geometry().size().width();
            boxes.put(entry.getKey(), new Box(x, y, width, tallest));
            x += width + BRANCH_GAP;
        }
        double contentWidth = x - BRANCH_GAP + CONTAINER_PADDING;
        double width = Math.max(contentWidth, title.width() + 2 * CONTAINER_PADDING);
        if (width > contentWidth) {
            double dx = (width - contentWidth) / 2;
            boxes.replaceAll((id, box) -> box.translate(dx, 0));
        }
        Map<String, Laid> stretched = new HashMap<>();
        double laneHeight = tallest;
        laid.forEach((id, one) -> stretched.put(id, new Laid(one.graph(), new LevelGeometry(
                new Size(one.geometry().size().width(), laneHeight), one.geometry().boxes(), one.geometry().edges()),
                one.bodies())));
        Size size = new Size(width, y + tallest + CONTAINER_PADDING);
        return new Laid(body, new LevelGeometry(size, boxes, List.of()), stretched);
    }

    /** Adds the nodes and edges of a level, moved by {@code offset}, and then those of its containers. */
    private static void place(Laid laid, @Nullable String parent, Point offset, List<PlacedNode> nodes,
            List<RoutedEdge> edges) {
        for (DiagramNode node : laid.graph().nodes()) {
            Box box = laid.geometry().boxes().get(node.id()).translate(offset.x(), offset.y());
            boolean container = node.body() != null;
            nodes.add(new PlacedNode(node.id(), parent, node.kind(), node.name(), box, container,
                    container ? node.size().height() : 0));
        }
        for (EdgeGeometry edge : laid.geometry().edges()) {
            List<Point> points = edge.points().stream().map(p -> p.translate(offset.x(), offset.y())).toList();
            PlacedLabel label = edge.label() == null || edge.edge().label() == null ? null
                    : new PlacedLabel(edge.edge().label().text(), edge.label().translate(offset.x(), offset.y()));
            edges.add(new RoutedEdge(edge.edge().id(), edge.edge().from(), edge.edge().to(), edge.edge().kind(),
                    edge.edge().index(), points, label));
        }
        for (DiagramNode node : laid.graph().nodes()) {
            Laid body = laid.bodies().get(node.id());
            if (body != null) {
                Box box = laid.geometry().boxes().get(node.id());
                place(body, node.id(), new Point(offset.x() + box.x(), offset.y() + box.y()), nodes, edges);
            }
        }
    }
}
