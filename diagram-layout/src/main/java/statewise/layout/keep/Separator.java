package statewise.layout.keep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.layout.Box;

/**
 * The last step of placing blocks: moves top-level blocks right until no two overlap, whatever the earlier steps
 * left. Pinned blocks stay, kept ones are settled before new ones, each group in document order, so a new node
 * gives way to what the user already saw.
 */
final class Separator {

    /** Kept between top-level blocks moved apart. */
    static final double GAP = 30;

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
        List<Box> placed = new ArrayList<>();
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

    private static @Nullable Box clash(Box box, List<Box> placed) {
        for (Box other : placed) {
            if (!apart(box, other)) {
                return other;
            }
        }
        return null;
    }

    /** True when the two blocks' boxes keep {@link #GAP} between them. */
    static boolean apart(Box a, Box b) {
        return !a.inflate(GAP / 2 - 0.01).overlaps(b.inflate(GAP / 2 - 0.01));
    }
}
