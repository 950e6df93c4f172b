package statewise.layout.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import statewise.layout.Box;
import statewise.layout.DiagramEdge;
import statewise.layout.DiagramGraph;
import statewise.layout.DiagramNode;
import statewise.layout.NodeKind;
import statewise.layout.Size;
import statewise.layout.route.EdgePorts;
import statewise.layout.route.Port;

/**
 * Builds a fresh ELK graph for one level of a diagram (ELK caches the algorithm on a graph, so graphs are never
 * reused). Containers on the level were laid out before and come in as plain nodes of their final size; edges into
 * hubs stay out (the router draws them).
 *
 * <p>Every node gets fixed ports where {@link EdgePorts} puts them, which is how the drawing conventions reach
 * ELK. The Start marker goes into the first layer and the End marker into the last, each alone.
 */
final class ElkGraphImporter {

    private final ElkNode root = ElkGraphUtil.createGraph();
    private final Map<String, ElkNode> nodes = new HashMap<>();
    private final Map<String, Size> sizes;
    private final EdgePorts ports;
    private final List<DiagramNode> order = new ArrayList<>();
    private final List<DiagramEdge> edgeOrder = new ArrayList<>();
    private final Map<String, ElkEdge> edges = new HashMap<>();
    /** Ports made so far, by node id and port key. */
    private final Map<String, ElkPort> madePorts = new HashMap<>();

    private ElkGraphImporter(Map<String, Size> sizes, EdgePorts ports) {
        this.sizes = sizes;
        this.ports = ports;
    }

    /**
     * Imports one level.
     *
     * @param level   the nodes and edges of the level, in document order
     * @param sizes   the size of every node of the level (containers: the size their own layout gave them)
     * @param ports   where edges leave and enter nodes
     * @param hubs    the edges ELK leaves out
     * @param padding the room to keep around the level's content
     */
    static ElkGraphImporter importLevel(DiagramGraph level, Map<String, Size> sizes, EdgePorts ports,
            Set<String> hubs, ElkPadding padding) {
        ElkGraphImporter importer = new ElkGraphImporter(sizes, ports);
        LayeredSettings.apply(importer.root, padding);
        level.nodes().forEach(importer::addNode);
        level.edges().stream().filter(e -> !hubs.contains(e.id())).forEach(importer::addEdge);
        return importer;
    }

    ElkNode root() {
        return root;
    }

    List<DiagramNode> nodeOrder() {
        return order;
    }

    ElkNode node(String id) {
        return nodes.get(id);
    }

    /** The edges ELK routed, in the level's order. */
    List<DiagramEdge> edgeOrder() {
        return edgeOrder;
    }

    ElkEdge edge(DiagramEdge edge) {
        return edges.get(edge.id());
    }

    private void addNode(DiagramNode node) {
        Size size = sizes.get(node.id());
        ElkNode elk = ElkGraphUtil.createNode(root);
        elk.setIdentifier(node.id());
        elk.setDimensions(size.width(), size.height());
        elk.setProperty(LayeredOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
        if (node.kind() == NodeKind.START) {
            elk.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST_SEPARATE);
        } else if (node.kind() == NodeKind.END) {
            elk.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST_SEPARATE);
        }
        nodes.put(node.id(), elk);
        order.add(node);
    }

    private void addEdge(DiagramEdge edge) {
        ElkNode source = nodes.get(edge.from());
        ElkNode target = nodes.get(edge.to());
        if (source == null || target == null) {
            throw new IllegalArgumentException("edge " + edge.id() + " joins nodes that are not on its level");
        }
        ElkPort out = port(edge.from(), source, ports.sourceKey(edge), ports.source(edge, local(edge.from())));
        ElkPort in = port(edge.to(), target, ports.targetKey(edge), ports.target(edge, local(edge.to())));
        ElkEdge elk = ElkGraphUtil.createSimpleEdge(out, in);
        elk.setIdentifier(edge.id());
        if (edge.label() != null) {
            ElkLabel label = ElkGraphUtil.createLabel(edge.label().text(), elk);
            label.setDimensions(edge.label().size().width(), edge.label().size().height());
            label.setProperty(LayeredOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
        }
        edges.put(edge.id(), elk);
        edgeOrder.add(edge);
    }

    /** A node's box at the origin: port positions are relative to the node. */
    private Box local(String id) {
        Size size = sizes.get(id);
        return new Box(0, 0, size.width(), size.height());
    }

    /** The node's port with this key, made on first use. */
    private ElkPort port(String nodeId, ElkNode node, String key, Port where) {
        return madePorts.computeIfAbsent(nodeId + "\n" + key, k -> newPort(node, key, where));
    }

    private static ElkPort newPort(ElkNode node, String key, Port where) {
        ElkPort port = ElkGraphUtil.createPort(node);
        port.setIdentifier(key);
        port.setDimensions(0, 0);
        port.setLocation(where.at().x(), where.at().y());
        port.setProperty(LayeredOptions.PORT_SIDE, switch (where.side()) {
            case TOP -> PortSide.NORTH;
            case BOTTOM -> PortSide.SOUTH;
            case LEFT -> PortSide.WEST;
            case RIGHT -> PortSide.EAST;
        });
        return port;
    }
}
