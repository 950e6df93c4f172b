package statewise.layout.kernel;

import org.eclipse.elk.alg.layered.options.CenterEdgeLabelPlacementStrategy;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.graph.properties.IPropertyHolder;

/**
 * The ELK layered settings for one level of a diagram, measured on ASL-shaped graphs (see BUILD-NOTES.md, "Graph
 * layout with ELK"): top-down, orthogonal routes, depth-first cycle breaking (the default greedy one reverses the
 * wrong edge of a poll loop), and the document order of nodes and edges kept wherever the graph leaves a choice.
 */
final class LayeredSettings {

    /** Between two nodes of one layer. */
    static final double NODE_NODE = 30;
    /** Between two layers. */
    static final double BETWEEN_LAYERS = 36;
    /** Between an edge and a node. */
    static final double EDGE_NODE = 14;
    /** Between two parallel edge segments. */
    static final double EDGE_EDGE = 10;
    /** Between an edge and its label. */
    static final double EDGE_LABEL = 3;

    private LayeredSettings() {
    }

    static void apply(IPropertyHolder root, ElkPadding padding) {
        root.setProperty(LayeredOptions.DIRECTION, Direction.DOWN);
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
        root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.DEPTH_FIRST);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
        root.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.BALANCED);
        root.setProperty(LayeredOptions.FEEDBACK_EDGES, true);
        root.setProperty(LayeredOptions.EDGE_LABELS_CENTER_LABEL_PLACEMENT_STRATEGY,
                CenterEdgeLabelPlacementStrategy.TAIL_LAYER);
        root.setProperty(LayeredOptions.PADDING, padding);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_NODE);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, BETWEEN_LAYERS);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, EDGE_NODE);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, EDGE_NODE);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, EDGE_EDGE);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, EDGE_EDGE);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, EDGE_LABEL);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, NODE_NODE * 2);
    }
}
