package statewise.app.canvas;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import statewise.layout.DiagramGraphs;
import statewise.layout.LayoutResult;
import statewise.layout.NodeKind;
import statewise.layout.PlacedNode;
import statewise.layout.RoutedEdge;

/**
 * Where the arrow keys take the selection on the canvas, along the flow: Down to the state a state goes on to
 * (into a Parallel or Map, to its first inner state; from the end of a branch, on past its container), Up back to
 * the state it came from (or out to its container), Left and Right to the state beside it among those the same
 * states lead to (a Choice's targets), else the nearest state beside it. Pure, on a laid-out diagram.
 */
final class FlowNavigation {

    enum Direction { UP, DOWN, LEFT, RIGHT }

    private final LayoutResult layout;

    FlowNavigation(LayoutResult layout) {
        this.layout = layout;
    }

    /** The node to select after {@code from} (null: nothing selected yet, giving the start state), or null. */
    @Nullable String step(@Nullable String from, Direction direction) {
        PlacedNode node = from == null ? null : layout.node(from);
        if (node == null) {
            return start();
        }
        return switch (direction) {
            case DOWN -> down(node);
            case UP -> up(node);
            case LEFT, RIGHT -> beside(node, direction == Direction.RIGHT);
        };
    }

    private @Nullable String start() {
        return layout.edges().stream().filter(e -> e.from().equals(DiagramGraphs.START_ID)).map(RoutedEdge::to)
                .findFirst().orElse(layout.nodes().stream().filter(n -> !n.kind().isMarker()).map(PlacedNode::id)
                        .findFirst().orElse(null));
    }

    private @Nullable String down(PlacedNode node) {
        if (node.container()) {
            Optional<PlacedNode> first = layout.nodes().stream().filter(n -> node.id().equals(n.parent()))
                    .min(Comparator.comparingDouble((PlacedNode n) -> n.box().y())
                            .thenComparingDouble(n -> n.box().x()));
            if (first.isPresent()) {
                return first.get().container() ? down(first.get()) : first.get().id();
            }
        }
        String next = layout.edges().stream().filter(e -> e.from().equals(node.id()))
                .filter(e -> !e.to().equals(DiagramGraphs.END_ID)).map(RoutedEdge::to).findFirst().orElse(null);
        if (next != null) {
            return next;
        }
        PlacedNode owner = owner(node);
        return owner == null ? null : layout.edges().stream().filter(e -> e.from().equals(owner.id()))
                .filter(e -> !e.to().equals(DiagramGraphs.END_ID)).map(RoutedEdge::to).findFirst().orElse(null);
    }

    private @Nullable String up(PlacedNode node) {
        String back = layout.edges().stream().filter(e -> e.to().equals(node.id()))
                .filter(e -> !e.from().equals(DiagramGraphs.START_ID)).map(RoutedEdge::from).findFirst().orElse(null);
        if (back != null) {
            return back;
        }
        PlacedNode owner = owner(node);
        return owner == null ? null : owner.id();
    }

    /** The next node left or right among the targets of the same sources, else the nearest one at its height. */
    private @Nullable String beside(PlacedNode node, boolean right) {
        List<String> sources = layout.edges().stream().filter(e -> e.to().equals(node.id())).map(RoutedEdge::from)
                .toList();
        List<PlacedNode> siblings = layout.edges().stream().filter(e -> sources.contains(e.from()))
                .map(e -> layout.node(e.to())).filter(Objects::nonNull).filter(n -> !n.kind().isMarker()).distinct()
                .toList();
        List<PlacedNode> row = siblings.size() > 1 ? siblings : layout.nodes().stream()
                .filter(n -> !n.kind().isMarker() && n.kind() != NodeKind.BRANCH && !n.id().equals(node.id()))
                .filter(n -> Math.abs(n.box().centerY() - node.box().centerY()) < node.box().height())
                .toList();
        double x = node.box().centerX();
        return row.stream().filter(n -> right ? n.box().centerX() > x : n.box().centerX() < x)
                .min(Comparator.comparingDouble(n -> Math.abs(n.box().centerX() - x))).map(PlacedNode::id)
                .orElse(null);
    }

    /** The Parallel or Map state a node is drawn in (past its branch), or null on the top level. */
    private @Nullable PlacedNode owner(PlacedNode node) {
        PlacedNode parent = node.parent() == null ? null : layout.node(node.parent());
        while (parent != null && parent.kind() == NodeKind.BRANCH) {
            parent = parent.parent() == null ? null : layout.node(parent.parent());
        }
        return parent;
    }
}
