package statewise.layout.kernel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.graph.LEdge;
import org.eclipse.elk.alg.layered.graph.LGraph;
import org.eclipse.elk.alg.layered.graph.LGraphUtil;
import org.eclipse.elk.alg.layered.graph.LLabel;
import org.eclipse.elk.alg.layered.graph.LNode;
import org.eclipse.elk.alg.layered.graph.LPort;
import org.eclipse.elk.alg.layered.options.GraphProperties;
import org.eclipse.elk.alg.layered.options.InternalProperties;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import statewise.layout.Box;
import statewise.layout.DiagramEdge;
import statewise.layout.DiagramGraph;
import statewise.layout.DiagramNode;
import statewise.layout.NodeKind;
import statewise.layout.Size;
import statewise.layout.route.EdgePorts;
import statewise.layout.route.Port;

/**
 * Builds ELK layered's own graph (an {@code LGraph}) for one level of a diagram, as ELK's importer would build it
 * from an ELK graph of that level, without the ELK graph: making an ELK graph only for ELK to copy it into an LGraph
 * (and the results back) cost a fifth of a layout. Containers on the level were laid out before and come in as plain
 * nodes of their final size; edges into hubs stay out (the router draws them).
 *
 * <p>Every node gets fixed ports where {@link EdgePorts} puts them, which is how the drawing conventions reach
 * ELK. The Start marker goes into the first layer and the End marker into the last, each alone. Nodes, their ports
 * and edges carry their document order as ELK's model order, which the settings ask ELK to keep.
 */
final class LGraphImporter {

    private final LGraph graph = new LGraph();
    private final Set<GraphProperties> properties = EnumSet.noneOf(GraphProperties.class);
    private final Map<String, LNode> nodes = new HashMap<>();
    private final Map<String, Size> sizes;
    private final EdgePorts ports;
    private final List<DiagramNode> order = new ArrayList<>();
    private final List<DiagramEdge> edgeOrder = new ArrayList<>();
    private final Map<String, LEdge> edges = new HashMap<>();
    /** Ports made so far, by node id and port key. */
    private final Map<String, LPort> madePorts = new HashMap<>();

    private LGraphImporter(Map<String, Size> sizes, EdgePorts ports) {
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
    static LGraphImporter importLevel(DiagramGraph level, Map<String, Size> sizes, EdgePorts ports,
            Set<String> hubs, ElkPadding padding) {
        LGraphImporter importer = new LGraphImporter(sizes, ports);
        LGraph graph = importer.graph;
        LayeredSettings.apply(graph, padding);
        graph.setProperty(InternalProperties.GRAPH_PROPERTIES, importer.properties);
        graph.getPadding().add(padding);
        level.nodes().forEach(importer::addNode);
        graph.setProperty(InternalProperties.MAX_MODEL_ORDER_NODES, level.nodes().size());
        graph.setProperty(InternalProperties.CB_NUM_MODEL_ORDER_GROUPS, 0);
        level.edges().stream().filter(e -> !hubs.contains(e.id())).forEach(importer::addEdge);
        return importer;
    }

    LGraph graph() {
        return graph;
    }

    List<DiagramNode> nodeOrder() {
        return order;
    }

    LNode node(String id) {
        return nodes.get(id);
    }

    /** The edges ELK routes, in the level's order. */
    List<DiagramEdge> edgeOrder() {
        return edgeOrder;
    }

    LEdge edge(DiagramEdge edge) {
        return edges.get(edge.id());
    }

    private void addNode(DiagramNode node) {
        Size size = sizes.get(node.id());
        LNode lnode = new LNode(graph);
        lnode.setProperty(InternalProperties.MODEL_ORDER, order.size());
        lnode.setProperty(LayeredOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
        if (node.kind() == NodeKind.START) {
            lnode.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST_SEPARATE);
        } else if (node.kind() == NodeKind.END) {
            lnode.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST_SEPARATE);
        }
        lnode.getSize().x = size.width();
        lnode.getSize().y = size.height();
        graph.getLayerlessNodes().add(lnode);
        properties.add(GraphProperties.NON_FREE_PORTS);
        nodes.put(node.id(), lnode);
        order.add(node);
    }

    private void addEdge(DiagramEdge edge) {
        LNode source = nodes.get(edge.from());
        LNode target = nodes.get(edge.to());
        if (source == null || target == null) {
            throw new IllegalArgumentException("edge " + edge.id() + " joins nodes that are not on its level");
        }
        LPort out = port(edge.from(), source, ports.sourceKey(edge), ports.source(edge, local(edge.from())));
        LPort in = port(edge.to(), target, ports.targetKey(edge), ports.target(edge, local(edge.to())));
        LEdge ledge = new LEdge();
        ledge.setProperty(InternalProperties.MODEL_ORDER, edgeOrder.size());
        if (source == target) {
            properties.add(GraphProperties.SELF_LOOPS);
        }
        ledge.setSource(out);
        ledge.setTarget(in);
        if (out.getIncomingEdges().size() > 1 || out.getOutgoingEdges().size() > 1
                || in.getIncomingEdges().size() > 1 || in.getOutgoingEdges().size() > 1) {
            properties.add(GraphProperties.HYPEREDGES);
        }
        if (edge.label() != null) {
            LLabel label = new LLabel(edge.label().text());
            label.setProperty(LayeredOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            label.getSize().x = edge.label().size().width();
            label.getSize().y = edge.label().size().height();
            ledge.getLabels().add(label);
            properties.add(GraphProperties.CENTER_LABELS);
        }
        edges.put(edge.id(), ledge);
        edgeOrder.add(edge);
    }

    /** A node's box at the origin: port positions are relative to the node. */
    private Box local(String id) {
        Size size = sizes.get(id);
        return new Box(0, 0, size.width(), size.height());
    }

    /** The node's port with this key, made on first use. */
    private LPort port(String nodeId, LNode node, String key, Port where) {
        return madePorts.computeIfAbsent(nodeId + "\n" + key, k -> newPort(node, where));
    }

    private LPort newPort(LNode node, Port where) {
        LPort port = new LPort();
        port.setProperty(InternalProperties.MODEL_ORDER, node.getPorts().size());
        PortSide side = switch (where.side()) {
            case TOP -> PortSide.NORTH;
            case BOTTOM -> PortSide.SOUTH;
            case LEFT -> PortSide.WEST;
            case RIGHT -> PortSide.EAST;
        };
        port.setProperty(LayeredOptions.PORT_SIDE, side);
        port.setSide(side);
        port.setNode(node);
        port.getPosition().x = where.at().x();
        port.getPosition().y = where.at().y();
        port.setProperty(InternalProperties.INSIDE_CONNECTIONS, false);
        LGraphUtil.initializePort(port, PortConstraints.FIXED_POS, Direction.DOWN, null);
        if (side == PortSide.EAST || side == PortSide.WEST) {
            properties.add(GraphProperties.NORTH_SOUTH_PORTS);
        }
        return port;
    }
}
