package statewise.app.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import statewise.engine.model.StateMachine;
import statewise.layout.DiagramGraphs;
import statewise.layout.DiagramLayout;
import statewise.layout.LayoutResult;
import statewise.layout.render.DiagramRenderer;
import statewise.layout.render.Java2dSizer;
import statewise.layout.render.Theme;

/**
 * The diagram as files, drawn by the headless renderer of {@code diagram-layout} from a fresh layout: SVG, and PNG
 * at a chosen scale. Blocking (layout and drawing): run it off the FX thread for large diagrams.
 */
public final class DiagramExport {

    private DiagramExport() {
    }

    public static String svg(StateMachine machine) {
        return DiagramRenderer.svg(layout(machine), Theme.LIGHT);
    }

    /** PNG bytes, {@code scale} pixels per diagram unit (1 to 4). */
    public static byte[] png(StateMachine machine, double scale) {
        if (scale < 1 || scale > 4) {
            throw new IllegalArgumentException("scale " + scale + " is outside 1 to 4");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(DiagramRenderer.image(layout(machine), Theme.LIGHT, scale), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static LayoutResult layout(StateMachine machine) {
        return DiagramLayout.layout(DiagramGraphs.of(machine, Java2dSizer.INSTANCE));
    }
}
