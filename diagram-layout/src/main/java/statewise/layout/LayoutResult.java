package statewise.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A finished layout: every node's and container's box, every edge's orthogonal route and label box, all in absolute
 * coordinates with the diagram's top-left corner at (0, 0). Immutable, so it can be handed from the thread that
 * computed it to the one that draws it.
 *
 * <p>Nodes come parents first, then in document order; edges in document order. Whatever draws it (the designer's
 * canvas, the SVG and PNG renderers) needs nothing else.
 */
public final class LayoutResult {

    private final Size size;
    private final List<PlacedNode> nodes;
    private final List<RoutedEdge> edges;
    private final Map<String, PlacedNode> nodesById;

    public LayoutResult(Size size, List<PlacedNode> nodes, List<RoutedEdge> edges) {
        this.size = size;
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        Map<String, PlacedNode> index = new LinkedHashMap<>();
        for (PlacedNode node : this.nodes) {
            if (index.put(node.id(), node) != null) {
                throw new IllegalArgumentException("two nodes with id " + node.id());
            }
        }
        this.nodesById = index;
    }

    /** The whole diagram's width and height (every node, route and label lies inside, margins included). */
    public Size size() {
        return size;
    }

    public List<PlacedNode> nodes() {
        return nodes;
    }

    public List<RoutedEdge> edges() {
        return edges;
    }

    /** The node with this id, or null. */
    public @Nullable PlacedNode node(String id) {
        return nodesById.get(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayoutResult other && size.equals(other.size) && nodes.equals(other.nodes)
                && edges.equals(other.edges);
    }

    @Override
    public int hashCode() {
        return nodes.hashCode() * 31 + edges.hashCode();
    }

    @Override
    public String toString() {
        return "LayoutResult[" + size.width() + " x " + size.height() + ", " + nodes.size() + " nodes, "
                + edges.size() + " edges]";
    }
}
