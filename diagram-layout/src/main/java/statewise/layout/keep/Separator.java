package statewise.layout.keep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.layout.Box;
import statewise.layout.route.BoxIndex;

/**
 * The last step of placing blocks: moves top-level blocks right until no two overlap, whatever the earlier steps
 * left. Pinned blocks stay, kept ones are settled before new ones, each group in document order, so a new node
 * gives way to what the user already saw.
 */
final class Separator {

    /** Kept between top-level blocks moved apart. */
    static final double GAP = 30;
    /** Each of two boxes grows by this when they are checked for {@link #GAP}. */
    private static final double HALF_GAP = GAP / 2 - 0.01;

    private Separator() {
    }

    /**
     * Moves the blocks (and their nodes and inner routes in {@code drawing}) apart. Postcondition: blocks that are
     * not pinned keep {@link #GAP} from every other block.
     */
    static void separate(Structure structure, Drawing drawing, Map<String, Block> blocks) {
        List<Block> order = new ArrayList<>(blocks.values());
        Map<String, Integer> documentOrder = new HashMap<>();
        structure.top().nodes().forEach(n -> documentOrder.put(n.id(), documentOrder.size()));
        order.sort(Comparator.comparingInt(Block::rank).thenComparingInt(b -> documentOrder.get(b.id())));
        BoxIndex placed = new BoxIndex(List.of());
        for (Block block : order) {
            Box box = drawing.boxes.get(block.id());
            if (block.rank() != Block.PINNED) {
                double dx = 0;
                for (Box other = clash(box, placed); other != null; other = clash(box.translate(dx, 0), placed)) {
                    dx = other.right() + GAP - box.x();
                }
                if (dx != 0) {
                    drawing.moveNodes(block.ids(), dx, 0);
                    drawing.moveRoutes(structure.innerEdges(block.id()), dx, 0);
                    blocks.put(block.id(), block.moveBy(dx, 0));
                    box = box.translate(dx, 0);
                }
            }
            placed.add(box);
        }
    }

    /**
     * A placed block's box that {@code box} comes too close to. Which one is found does not change where a block
     * ends up: each one found must be passed on the right.
     */
    private static @Nullable Box clash(Box box, BoxIndex placed) {
        return placed.find(box.inflate(GAP), other -> !apart(box, other));
    }

    /** True when the two blocks' boxes keep {@link #GAP} between them. */
    static boolean apart(Box a, Box b) {
        return !a.inflate(HALF_GAP).overlaps(b.inflate(HALF_GAP));
    }
}
