package statewise.app.canvas;

import org.jspecify.annotations.Nullable;
import statewise.app.session.NodePositions;
import statewise.app.session.StatePointers;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.MapState;
import statewise.engine.model.State;
import statewise.engine.model.StateType;
import statewise.layout.LayoutResult;
import statewise.layout.NodeKind;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;

/**
 * Where a state type dragged from the palette lands: on an edge between two states it is inserted into the flow and
 * placed by the layout between its neighbours; elsewhere it is added unconnected, into the branch or Map body under
 * the drop point (placed by the layout there), else on the top level pinned at the drop point.
 * While the drag is on, the edge it would go into is highlighted.
 */
final class PaletteDrops {

    /** Half the size of a new state's box, so it lands centred on the drop point. */
    private static final double HALF_WIDTH = 60;
    private static final double HALF_HEIGHT = 20;

    private final CanvasView canvas;

    PaletteDrops(CanvasView canvas) {
        this.canvas = canvas;
    }

    /** Highlights the edge a drop at {@code p} would go into; null clears it. */
    void preview(@Nullable Point p) {
        RoutedEdge edge = p == null ? null : droppableEdge(p);
        canvas.diagram().dropTarget(edge == null ? null : edge.id());
    }

    void drop(StateType type, Point p) {
        preview(null);
        RoutedEdge edge = droppableEdge(p);
        if (edge != null) {
            canvas.commands().perform(canvas.model().add(type, StatePointers.graphOf(edge.from()), edge, null));
            return;
        }
        canvas.commands().perform(canvas.model().add(type, graphAt(p), null, pinAt(canvas.diagram().layout(), p)));
    }

    /**
     * Where a state dropped at {@code p}, off any edge, is pinned: on the top level at the drop point, where the user
     * put it; inside a branch or Map body nowhere, since the layout arranges a body's states and a pin would hold
     * the new one at the drop point (over the title strip, say) with the body laid out around it.
     */
    static NodePositions.@Nullable Position pinAt(LayoutResult layout, Point p) {
        if (new HitTest(layout).containerAt(p) != null) {
            return null;
        }
        return new NodePositions.Position(Math.round(p.x() - HALF_WIDTH), Math.round(p.y() - HALF_HEIGHT));
    }

    private @Nullable RoutedEdge droppableEdge(Point p) {
        HitTest hit = new HitTest(canvas.diagram().layout());
        PlacedNode node = hit.nodeAt(p);
        if (node != null && !node.container()) {
            return null;
        }
        RoutedEdge edge = hit.edgeAt(p, HitTest.EDGE_TOLERANCE * 2);
        return edge != null && CanvasViewModel.insertable(edge) ? edge : null;
    }

    /** The graph a state dropped at {@code p} joins: the branch or Map body under it, else the top level. */
    private String graphAt(Point p) {
        PlacedNode container = new HitTest(canvas.diagram().layout()).containerAt(p);
        if (container == null) {
            return JsonPointer.ROOT;
        }
        if (container.kind() == NodeKind.BRANCH) {
            return container.id();
        }
        if (container.kind() == NodeKind.PARALLEL) {
            return StatePointers.graphOf(container.id());
        }
        State state = StatePointers.of(canvas.session().document().modelDocument()).get(container.id());
        String field = state instanceof MapState map && map.itemProcessor() == null && map.iterator() != null
                ? "Iterator" : "ItemProcessor";
        return JsonPointer.child(container.id(), field);
    }
}
