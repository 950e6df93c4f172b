package statewise.app.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import statewise.layout.Box;
import statewise.layout.LayoutResult;
import statewise.layout.PlacedNode;
import statewise.layout.RoutedEdge;

/**
 * Which states and edges joined or left the zoomed-out picture ({@link LowDetailLayer}) since it was last asked: a
 * state or edge is painted while it carries no mark ({@link ViewMarks#plain}), so a run that lights states up or a
 * selection changes what some tiles must show, and only those tiles. A state that only changes from one mark to
 * another (running, then succeeded) keeps its view and changes no tile.
 */
final class PictureChanges {

    private Set<String> markedNodes = Set.of();
    private Set<String> markedEdges = Set.of();

    /**
     * The areas (diagram coordinates, with the reach of their strokes) of the states and edges of {@code layout}
     * whose plainness under {@code marks} differs from the last call; the first call compares with none marked.
     */
    List<Box> since(LayoutResult layout, ViewMarks marks) {
        List<Box> changed = new ArrayList<>();
        Set<String> nodes = new HashSet<>();
        for (PlacedNode node : layout.nodes()) {
            if (!node.container() && !marks.plain(node)) {
                nodes.add(node.id());
            }
            if (!node.container() && nodes.contains(node.id()) != markedNodes.contains(node.id())) {
                changed.add(node.box().inflate(PicturePainter.REACH));
            }
        }
        Set<String> edges = new HashSet<>();
        for (RoutedEdge edge : layout.edges()) {
            if (!marks.plain(edge)) {
                edges.add(edge.id());
            }
            if (edges.contains(edge.id()) != markedEdges.contains(edge.id())) {
                changed.add(DrawnArea.bounds(edge).inflate(PicturePainter.REACH));
            }
        }
        markedNodes = nodes;
        markedEdges = edges;
        return changed;
    }
}
