package statewise.app.canvas;

import statewise.layout.DiagramGraph;
import statewise.layout.LayoutResult;

/**
 * A diagram laid out before the window asked for it: the start-up warm-up hands over the sample's layout (stored ahead
 * of time, or made by the kernel when this machine measures other boxes) for the window's first start, and the canvas
 * hands that layout out instead of laying the same graph out again.
 *
 * @param graph  what was laid out, with nothing pinned and no layout before it
 * @param layout its fresh layout
 */
public record PremadeLayout(DiagramGraph graph, LayoutResult layout) {
}
