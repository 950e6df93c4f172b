package statewise.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;
import statewise.layout.DiagramGraphs;
import statewise.layout.DiagramLayout;
import statewise.layout.LayoutResult;
import statewise.layout.render.Java2dSizer;
import statewise.themes.Theme;

class DiagramExportTest {

    /** A Task and a Succeed, laid out: the diagram the export tests draw. */
    static final LayoutResult LAYOUT = DiagramLayout.layout(DiagramGraphs.of(Objects.requireNonNull(
            AslParser.parse("""
                    {"StartAt": "Call", "States": {
                      "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Done"},
                      "Done": {"Type": "Succeed"}}}""", DocumentFormat.JSON).stateMachine()), Java2dSizer.INSTANCE));

    @ParameterizedTest
    @EnumSource(Theme.class)
    void eachDesignerThemeDrawsWithTheRenderersThemeOfTheSameTokens(Theme theme) {
        assertEquals(theme.name(), DiagramExport.colours(theme).name());
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theSvgIsPaintedOnTheThemesSurface(Theme theme) {
        String svg = new String(DiagramExport.svg(LAYOUT, theme), StandardCharsets.UTF_8);

        assertTrue(svg.contains("<rect width=\"100%\" height=\"100%\" fill=\""
                + theme.tokens().colour("surface").hex() + "\""), svg);
        assertTrue(svg.contains("Call"), svg);
    }

    @Test
    void theSvgDiffersByTheme() {
        assertNotEquals(new String(DiagramExport.svg(LAYOUT, Theme.LIGHT), StandardCharsets.UTF_8),
                new String(DiagramExport.svg(LAYOUT, Theme.DARK), StandardCharsets.UTF_8));
    }

    @Test
    void thePngIsDrawnAtTheScaleInTheThemesColours() throws Exception {
        BufferedImage light = ImageIO.read(new ByteArrayInputStream(DiagramExport.png(LAYOUT, Theme.LIGHT, 1)));
        BufferedImage dark = ImageIO.read(new ByteArrayInputStream(DiagramExport.png(LAYOUT, Theme.DARK, 3)));

        assertEquals(3.0, (double) dark.getWidth() / light.getWidth(), 0.05);
        assertEquals(Theme.LIGHT.tokens().colour("surface").rgbValue(), light.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(Theme.DARK.tokens().colour("surface").rgbValue(), dark.getRGB(0, 0) & 0xFFFFFF);
    }

    @Test
    void optionsTakeTheScaleTheDialogNames() {
        assertEquals(1, DiagramOptions.scaleOf("1×"));
        assertEquals(3, DiagramOptions.scaleOf("3×"));
        assertThrows(IllegalArgumentException.class, () -> DiagramOptions.scaleOf("4×"));
        assertThrows(IllegalArgumentException.class, () -> new DiagramOptions(Theme.DARK, 0));
    }
}
