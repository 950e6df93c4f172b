/**
 * Diagram layout for ASL state machines, without JavaFX.
 *
 * <p>In: a {@link statewise.layout.DiagramGraph} (build one from a parsed definition with {@link
 * statewise.layout.DiagramGraphs#of}, measuring boxes and labels with your own {@link
 * statewise.layout.DiagramSizer}), and optionally {@link statewise.layout.LayoutOptions} (user pins, the previous
 * layout). Out: a {@link statewise.layout.LayoutResult} from {@link statewise.layout.DiagramLayout#layout}: every
 * node's and container's box, every edge's orthogonal route and label box, in absolute coordinates.
 *
 * <p>The drawing follows what Step Functions users expect: top-down from a Start marker to an End marker, Choice
 * rules left to right in rule order with the Default last, Catch edges leaving the side of their state, loops drawn
 * back up along the side, Parallel branches side by side, Map bodies inside their Map state, nested to any depth.
 * Node ids are the JSON Pointers of the states ({@code /States/Fan/Branches/0/States/A}).
 *
 * <p>Every type here is an immutable value; nothing of the layout kernel (ELK) shows through.
 */
@NullMarked
package statewise.layout;

import org.jspecify.annotations.NullMarked;
