package statewise.layout.keep;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.layout.Box;
import statewise.layout.route.BoxIndex;

/**
 * Moves top-level blocks up or down so that an edit reads as a fresh layout would draw it: a new node set between
 * its neighbours pushes down what lies below it, and the rows below a removed node move up into its place. Only
 * what must move moves (the blocks in the way and, in turn, those they would run into), everything by the same
 * distance so what moves keeps its own arrangement; a pinned block is never moved, and where one is in the way
 * nothing is (the new node is then set aside by the {@link Separator} instead).
 */
final class Shifter {

    private static final double EPSILON = 1e-6;

    private final Structure structure;
    private final Drawing drawing;
    private final Map<String, Block> blocks;

    Shifter(Structure structure, Drawing drawing, Map<String, Block> blocks) {
        this.structure = structure;
        this.drawing = drawing;
        this.blocks = blocks;
    }

    /**
     * Makes room below a new block: the blocks it would overlap, all starting at or below its top, move down to
     * {@link Separator#GAP} below it (as between any two blocks), and so do the blocks they would then overlap.
     * Does nothing when one of them is pinned or starts above the new block.
     */
    void makeRoom(Block added) {
        Box box = box(added);
        List<Block> inTheWay = clashing(box, added);
        if (inTheWay.isEmpty()) {
            return;
        }
        double top = Double.MAX_VALUE;
        for (Block block : inTheWay) {
            if (block.rank() == Block.PINNED || box(block).y() < box.y() - EPSILON) {
                return;
            }
            top = Math.min(top, box(block).y());
        }
        double dy = box.bottom() + Separator.GAP - top;
        Set<String> moving = cascade(inTheWay, dy, added.id());
        if (moving != null) {
            moving.forEach(id -> move(blocks.get(id), dy));
        }
    }

    /**
     * Closes the gap a removed top-level node left: the blocks below it (those under its box and, in turn, those
     * under them) move up by its height and the space below it, unless one is pinned or they would then overlap a
     * block that stays.
     */
    void closeGap(Box removed) {
        List<Block> below = new ArrayList<>();
        for (Block block : blocks.values()) {
            Box box = box(block);
            if (box.y() >= removed.bottom() - EPSILON && overlapsColumn(box, removed)) {
                below.add(block);
            }
        }
        if (below.isEmpty()) {
            return;
        }
        double top = below.stream().mapToDouble(b -> box(b).y()).min().orElseThrow();
        Near near = new Near();
        Set<String> moving = new LinkedHashSet<>();
        Deque<Block> todo = new ArrayDeque<>(below);
        while (!todo.isEmpty()) {
            Block block = todo.pop();
            if (block.rank() == Block.PINNED) {
                return;
            }
            if (moving.add(block.id())) {
                Box box = box(block);
                for (Block other : near.meeting(new Box(box.x(), box.bottom() - EPSILON, box.width(),
                        Math.max(0, near.bottom - box.bottom() + EPSILON)))) {
                    if (!moving.contains(other.id()) && box(other).y() >= box.bottom() - EPSILON
                            && overlapsColumn(box(other), box)) {
                        todo.push(other);
                    }
                }
            }
        }
        double dy = removed.y() - top;
        for (String id : moving) {
            Box after = box(blocks.get(id)).translate(0, dy);
            for (Block other : near.meeting(after.inflate(Separator.GAP))) {
                if (!moving.contains(other.id()) && !Separator.apart(after, box(other))) {
                    return;
                }
            }
        }
        moving.forEach(id -> move(blocks.get(id), dy));
    }

    /**
     * The blocks to move by {@code dy} so none of them overlaps a block that stays: {@code start} and every block
     * they would run into, in turn; null when a pinned block is among them.
     */
    private @Nullable Set<String> cascade(List<Block> start, double dy, String fixed) {
        Near near = new Near();
        Set<String> moving = new LinkedHashSet<>();
        Deque<Block> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            Block block = todo.pop();
            if (block.rank() == Block.PINNED) {
                return null;
            }
            if (!moving.add(block.id())) {
                continue;
            }
            Box after = box(block).translate(0, dy);
            for (Block other : near.meeting(after.inflate(Separator.GAP))) {
                if (!moving.contains(other.id()) && !fixed.equals(other.id())
                        && !Separator.apart(after, box(other))) {
                    todo.push(other);
                }
            }
        }
        return moving;
    }

    private List<Block> clashing(Box box, Block self) {
        List<Block> out = new ArrayList<>();
        for (Block other : blocks.values()) {
            if (!other.id().equals(self.id()) && !Separator.apart(box, box(other))) {
                out.add(other);
            }
        }
        return out;
    }

    /**
     * The blocks where they stand when it is made, found by the area they meet rather than by looking at every
     * block (an edit high up in a long workflow moves hundreds of them, each asking which others it runs into).
     * Which blocks move is a closure over these questions, so the order they are found in does not matter.
     */
    private final class Near {

        private final BoxIndex index;
        private final Map<Box, List<Block>> byBox = new HashMap<>();
        /** The lowest bottom of all blocks. */
        private final double bottom;

        Near() {
            double lowest = 0;
            for (Block block : blocks.values()) {
                Box box = box(block);
                byBox.computeIfAbsent(box, k -> new ArrayList<>(1)).add(block);
                lowest = Math.max(lowest, box.bottom());
            }
            bottom = lowest;
            index = new BoxIndex(new ArrayList<>(byBox.keySet()));
        }

        Collection<Block> meeting(Box area) {
            Map<String, Block> out = new LinkedHashMap<>();
            index.any(area, box -> {
                byBox.get(box).forEach(b -> out.putIfAbsent(b.id(), b));
                return false;
            });
            return out.values();
        }
    }

    private void move(Block block, double dy) {
        drawing.moveNodes(block.ids(), 0, dy);
        drawing.moveRoutes(structure.innerEdges(block.id()), 0, dy);
        blocks.put(block.id(), block.moveBy(0, dy));
    }

    private Box box(Block block) {
        return drawing.boxes.get(block.id());
    }

    /** True when the two boxes share some x range (one lies above the other, or they overlap). */
    private static boolean overlapsColumn(Box a, Box b) {
        return a.x() < b.right() && b.x() < a.right();
    }
}
