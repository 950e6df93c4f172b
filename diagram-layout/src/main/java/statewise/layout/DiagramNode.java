package statewise.layout;

import org.jspecify.annotations.Nullable;

/**
 * One node to place: a state, a Parallel branch or a marker.
 *
 * @param id   unique in the whole diagram: the JSON Pointer of the state ({@code /States/Fan/Branches/0/States/A})
 *             or branch ({@code /States/Fan/Branches/0}), or {@code #start} / {@code #end} for the markers
 * @param kind what it stands for
 * @param name the state's name, or a branch's title ({@code Branch 1})
 * @param size a plain node's box; for a container, its title strip (see {@link DiagramSizer#title})
 * @param body for a container (Parallel, Map, branch), the nodes and edges drawn inside it; null for a plain node
 */
public record DiagramNode(String id, NodeKind kind, String name, Size size, @Nullable DiagramGraph body) {

    public boolean isContainer() {
        return body != null;
    }
}
