package statewise.layout.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.graph.LEdge;
import org.eclipse.elk.alg.layered.graph.LGraph;
import org.eclipse.elk.alg.layered.graph.LLabel;
import org.eclipse.elk.alg.layered.graph.LNode;
import org.eclipse.elk.alg.layered.options.InternalProperties;
import org.eclipse.elk.core.math.KVector;
import statewise.layout.Box;
import statewise.layout.DiagramEdge;
import statewise.layout.DiagramNode;
import statewise.layout.Point;
import statewise.layout.Size;
import statewise.layout.route.Routes;

/**
 * Reads the coordinates ELK layered left in its own graph back into this module's types, relative to the level's
 * top-left corner (ELK's coordinates are relative to the graph's offset plus its padding). Routes come out cleaned:
 * no repeated points and no point in the middle of a straight run, so the bends of a route are exactly its turns.
 */
final class LGraphTransferrer {

    private LGraphTransferrer() {
    }

    static LevelGeometry transfer(LGraphImporter imported) {
        LGraph graph = imported.graph();
        KVector offset = new KVector(graph.getOffset()).add(graph.getPadding().left, graph.getPadding().top);
        Map<String, Box> boxes = new LinkedHashMap<>();
        for (DiagramNode node : imported.nodeOrder()) {
            LNode lnode = imported.node(node.id());
            boxes.put(node.id(), new Box(lnode.getPosition().x + offset.x, lnode.getPosition().y + offset.y,
                    lnode.getSize().x, lnode.getSize().y));
        }
        List<EdgeGeometry> edges = new ArrayList<>();
        for (DiagramEdge edge : imported.edgeOrder()) {
            LEdge ledge = imported.edge(edge);
            Box label = null;
            if (!ledge.getLabels().isEmpty()) {
                LLabel l = ledge.getLabels().get(0);
                label = new Box(l.getPosition().x + offset.x, l.getPosition().y + offset.y, l.getSize().x,
                        l.getSize().y);
            }
            edges.add(new EdgeGeometry(edge, Routes.clean(points(ledge, offset)), label));
        }
        KVector size = graph.getActualSize();
        return new LevelGeometry(new Size(size.x, size.y), boxes, edges);
    }

    /** The route from the source port's anchor over ELK's bend points to the target port's anchor. */
    private static List<Point> points(LEdge edge, KVector offset) {
        List<Point> points = new ArrayList<>(edge.getBendPoints().size() + 2);
        points.add(point(edge.getSource().getAbsoluteAnchor(), offset));
        for (KVector bend : edge.getBendPoints()) {
            points.add(point(bend, offset));
        }
        KVector target = edge.getTarget().getAbsoluteAnchor();
        KVector targetOffset = edge.getProperty(InternalProperties.TARGET_OFFSET);
        if (targetOffset != null) {
            target.add(targetOffset);
        }
        points.add(point(target, offset));
        return points;
    }

    private static Point point(KVector v, KVector offset) {
        return new Point(v.x + offset.x, v.y + offset.y);
    }
}
