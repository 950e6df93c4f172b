package statewise.app.export;

import statewise.engine.model.StateMachine;
import statewise.layout.DiagramGraphs;
import statewise.layout.DiagramLayout;
import statewise.layout.LayoutResult;
import statewise.layout.render.DiagramRenderer;
import statewise.layout.render.Java2dSizer;
import statewise.layout.render.Theme;

/**
 * The diagram as SVG, drawn by the headless renderer of {@code diagram-layout} from a fresh layout (the PNG export is
 * a picture of the canvas instead). Blocking (layout and drawing): run it off the FX thread for large diagrams.
 */
public final class DiagramExport {

    private DiagramExport() {
    }

    public static String svg(StateMachine machine) {
        return DiagramRenderer.svg(layout(machine), Theme.LIGHT);
    }

    private static LayoutResult layout(StateMachine machine) {
        return DiagramLayout.layout(DiagramGraphs.of(machine, Java2dSizer.INSTANCE));
    }
}
