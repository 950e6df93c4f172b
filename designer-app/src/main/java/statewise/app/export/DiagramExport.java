package statewise.app.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import statewise.layout.LayoutResult;
import statewise.layout.render.DiagramRenderer;
import statewise.layout.render.Theme;

/**
 * The diagram as SVG or PNG, drawn by the headless renderer of {@code diagram-layout} (as {@code statewise render}
 * draws it) in one of the designer's themes, from the layout the canvas shows, so the positions the user chose are
 * kept. Blocking: run it off the FX thread for very large diagrams.
 */
public final class DiagramExport {

    private DiagramExport() {
    }

    /** The renderer's colours for the designer theme {@code theme}: the same tokens. */
    public static Theme colours(statewise.themes.Theme theme) {
        return Theme.valueOf(theme.name());
    }

    /** The drawing of {@code layout} in {@code theme} as SVG text, UTF-8. */
    public static byte[] svg(LayoutResult layout, statewise.themes.Theme theme) {
        return DiagramRenderer.svg(layout, colours(theme)).getBytes(StandardCharsets.UTF_8);
    }

    /** The drawing of {@code layout} in {@code theme} as a PNG, {@code scale} pixels per diagram unit. */
    public static byte[] png(LayoutResult layout, statewise.themes.Theme theme, double scale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(DiagramRenderer.image(layout, colours(theme), scale), "png", out);
        return out.toByteArray();
    }
}
