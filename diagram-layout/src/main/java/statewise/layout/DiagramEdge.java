package statewise.layout;

import org.jspecify.annotations.Nullable;

/**
 * One transition to draw. Both ends are nodes of the same {@link DiagramGraph}: ASL transitions never leave their
 * state graph.
 *
 * @param id    unique in the whole diagram: the JSON Pointer of the field naming the target (for example
 *              {@code /States/Check/Choices/0/Next}), or a marker edge's own id
 * @param from  the source node's id
 * @param to    the target node's id
 * @param kind  which field made it
 * @param index for {@link EdgeKind#CHOICE} and {@link EdgeKind#CATCH}, the rule's or catcher's position; else -1
 * @param label the text drawn along it, or null
 */
public record DiagramEdge(String id, String from, String to, EdgeKind kind, int index, @Nullable DiagramLabel label) {
}
