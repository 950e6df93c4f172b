package statewise.layout;

import java.util.List;

/**
 * What to lay out: the nodes of one level, in document order, and the edges between them. A container node holds
 * the next level in its {@link DiagramNode#body()}: a Parallel state holds one branch container per branch, a branch
 * or a Map state holds its states. Levels nest to any depth.
 *
 * <p>Build one from a parsed definition with {@link DiagramGraphs#of}. Document order matters: the layout keeps
 * it wherever the edges leave a choice, so a small edit moves little.
 */
public record DiagramGraph(List<DiagramNode> nodes, List<DiagramEdge> edges) {

    public static final DiagramGraph EMPTY = new DiagramGraph(List.of(), List.of());

    public DiagramGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** How many nodes there are on every level, containers included. */
    public int nodeCount() {
        int count = 0;
        for (DiagramNode node : nodes) {
            count++;
            if (node.body() != null) {
                count += node.body().nodeCount();
            }
        }
        return count;
    }
}
