package statewise.layout;

import org.jspecify.annotations.Nullable;

/**
 * A node where the layout put it.
 *
 * @param id        as in the {@link DiagramNode}
 * @param parent    the id of the container it is drawn in, or null on the top level
 * @param kind      what it stands for
 * @param name      the state's name or the branch's title
 * @param box       its bounds; a container's box holds its title strip and all its content
 * @param container true for Parallel and Map states and Parallel branches, drawn as boxes around their content
 * @param titleHeight for a container, the height of the title strip at the top of {@code box}; else 0
 */
public record PlacedNode(String id, @Nullable String parent, NodeKind kind, String name, Box box, boolean container,
        double titleHeight) {

    /** The title strip of a container (the top of its box); a plain node's whole box. */
    public Box titleBox() {
        return container ? new Box(box.x(), box.y(), box.width(), titleHeight) : box;
    }

    PlacedNode moveTo(Box newBox) {
        return new PlacedNode(id, parent, kind, name, newBox, container, titleHeight);
    }
}
