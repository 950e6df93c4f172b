package statewise.layout.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import statewise.layout.Box;
import statewise.layout.DiagramEdge;
import statewise.layout.DiagramNode;
import statewise.layout.Point;
import statewise.layout.Size;
import statewise.layout.route.Routes;

/**
 * Copies the coordinates of a laid-out ELK graph back into this module's types, relative to the level's top-left
 * corner. Routes come out cleaned: no repeated points and no point in the middle of a straight run, so the bends
 * of a route are exactly its turns.
 */
final class ElkLayoutTransferrer {

    private ElkLayoutTransferrer() {
    }

    static LevelGeometry transfer(ElkGraphImporter imported) {
        ElkNode root = imported.root();
        Map<String, Box> boxes = new LinkedHashMap<>();
        for (DiagramNode node : imported.nodeOrder()) {
            ElkNode elk = imported.node(node.id());
            boxes.put(node.id(), new Box(elk.getX(), elk.getY(), elk.getWidth(), elk.getHeight()));
        }
        List<EdgeGeometry> edges = new ArrayList<>();
        for (DiagramEdge edge : imported.edgeOrder()) {
            ElkEdge elk = imported.edge(edge);
            Box label = null;
            if (!elk.getLabels().isEmpty()) {
                ElkLabel l = elk.getLabels().get(0);
                label = new Box(l.getX(), l.getY(), l.getWidth(), l.getHeight());
            }
            edges.add(new EdgeGeometry(edge, Routes.clean(points(elk)), label));
        }
        return new LevelGeometry(new Size(root.getWidth(), root.getHeight()), boxes, edges);
    }

    private static List<Point> points(ElkEdge edge) {
        List<Point> points = new ArrayList<>();
        if (edge.getSections().isEmpty()) {
            throw new IllegalStateException("ELK left edge " + edge.getIdentifier() + " unrouted");
        }
        ElkEdgeSection section = edge.getSections().get(0);
        points.add(new Point(section.getStartX(), section.getStartY()));
        for (ElkBendPoint bend : section.getBendPoints()) {
            points.add(new Point(bend.getX(), bend.getY()));
        }
        points.add(new Point(section.getEndX(), section.getEndY()));
        return points;
    }
}
