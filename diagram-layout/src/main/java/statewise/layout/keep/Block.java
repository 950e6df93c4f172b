package statewise.layout.keep;

import java.util.List;
import statewise.layout.Box;
import statewise.layout.LayoutResult;

/**
 * A node of the top level together with everything drawn inside it, moved as one piece: where its geometry comes
 * from (the fresh layout or the previous one) and how far it is moved from there.
 *
 * @param id     the top-level node's id
 * @param ids    the node and all its descendants
 * @param source the layout whose boxes and inner routes the block takes
 * @param dx     added to the source's x coordinates
 * @param dy     added to the source's y coordinates
 * @param rank   0 pinned (never moved), 1 kept in place, 2 new (placed next to a neighbour)
 */
record Block(String id, List<String> ids, LayoutResult source, double dx, double dy, int rank) {

    static final int PINNED = 0;
    static final int KEPT = 1;
    static final int NEW = 2;

    Block {
        ids = List.copyOf(ids);
    }

    /** The top-level node's box where the block now is. */
    Box box() {
        return source.node(id).box().translate(dx, dy);
    }

    Block moveBy(double ddx, double ddy) {
        return new Block(id, ids, source, dx + ddx, dy + ddy, rank);
    }
}
