package statewise.layout.render;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import statewise.layout.Arrowhead;
import statewise.layout.Box;
import statewise.layout.EdgeKind;
import statewise.layout.LayoutResult;
import statewise.layout.NodeKind;
import statewise.layout.PlacedLabel;
import statewise.layout.PlacedNode;
import statewise.layout.Point;
import statewise.layout.RoutedEdge;
import statewise.layout.render.DiagramCanvas.Stroke;

/**
 * Draws a laid-out diagram on a {@link DiagramCanvas}: containers first (outermost first), then the edges, their
 * labels, and the states on top. Catch edges are dashed; every edge ends in an arrowhead at its target.
 */
final class DiagramPainter {

    private static final double LINE = 1.5;
    private static final Color CLEAR = new Color(0, 0, 0, 0);

    private final DiagramCanvas canvas;
    private final Theme theme;

    private DiagramPainter(DiagramCanvas canvas, Theme theme) {
        this.canvas = canvas;
        this.theme = theme;
    }

    static void paint(LayoutResult layout, Theme theme, DiagramCanvas canvas) {
        DiagramPainter painter = new DiagramPainter(canvas, theme);
        layout.nodes().stream().filter(PlacedNode::container).forEach(painter::container);
        layout.edges().forEach(painter::edge);
        layout.edges().stream().filter(e -> e.label() != null).forEach(e -> painter.label(e.label()));
        layout.nodes().stream().filter(n -> !n.container()).forEach(painter::node);
    }

    private void container(PlacedNode node) {
        Box box = node.box();
        Box title = node.titleBox();
        if (node.kind() == NodeKind.BRANCH) {
            canvas.rect(box, DiagramStyle.CORNER, Stroke.dashed(theme.branchBorder(), 1), CLEAR);
            Font font = DiagramStyle.titleFont();
            String text = TextMetrics.fit(font, node.name(), box.width() - 2 * DiagramStyle.TITLE_PAD_X);
            canvas.text(text, box.x() + DiagramStyle.TITLE_PAD_X,
                    title.centerY() + TextMetrics.baselineBelowCentre(font), font, theme.labelText());
            return;
        }
        Color accent = theme.accent(node.kind());
        canvas.rect(box, DiagramStyle.CORNER, Stroke.solid(accent, LINE), theme.tint(node.kind()));
        double glyphX = box.x() + DiagramStyle.TITLE_PAD_X;
        double glyphSize = DiagramStyle.TITLE_GLYPH;
        Glyphs.draw(canvas, node.kind(), new Box(glyphX, title.centerY() - glyphSize / 2, glyphSize, glyphSize),
                accent, theme.nodeFill());
        double textX = glyphX + glyphSize + DiagramStyle.GLYPH_GAP;
        Font font = DiagramStyle.titleFont();
        String text = TextMetrics.fit(font, node.name(), box.right() - DiagramStyle.TITLE_PAD_X - textX);
        canvas.text(text, textX, title.centerY() + TextMetrics.baselineBelowCentre(font), font, theme.text());
    }

    private void node(PlacedNode node) {
        Box box = node.box();
        Font font = DiagramStyle.nameFont();
        double baseline = box.centerY() + TextMetrics.baselineBelowCentre(font);
        if (node.kind().isMarker()) {
            Color ink = theme.accent(node.kind());
            boolean start = node.kind() == NodeKind.START;
            canvas.rect(box, box.height() / 2, Stroke.solid(ink, LINE), start ? ink : theme.nodeFill());
            double width = TextMetrics.width(font, node.name());
            canvas.text(node.name(), box.centerX() - width / 2, baseline, font,
                    start ? theme.background() : theme.text());
            return;
        }
        Color accent = theme.accent(node.kind());
        canvas.rect(box, DiagramStyle.CORNER, Stroke.solid(accent, LINE), theme.nodeFill());
        double glyphX = box.x() + DiagramStyle.NODE_PAD_X;
        double glyph = DiagramStyle.GLYPH;
        Glyphs.draw(canvas, node.kind(), new Box(glyphX, box.centerY() - glyph / 2, glyph, glyph), accent,
                theme.nodeFill());
        double textX = glyphX + glyph + DiagramStyle.GLYPH_GAP;
        String text = TextMetrics.fit(font, node.name(), box.right() - DiagramStyle.NODE_PAD_X - textX);
        canvas.text(text, textX, baseline, font, theme.text());
    }

    private void edge(RoutedEdge edge) {
        boolean catching = edge.kind() == EdgeKind.CATCH;
        Color color = catching ? theme.catchEdge() : theme.edge();
        List<Point> points = new ArrayList<>(edge.points());
        Arrowhead head = Arrowhead.of(points);
        if (head.pointless()) {
            canvas.polyline(points, catching ? Stroke.dashed(color, LINE) : Stroke.solid(color, LINE));
            return;
        }
        points.set(points.size() - 1, head.base());
        canvas.polyline(points, catching ? Stroke.dashed(color, LINE) : Stroke.solid(color, LINE));
        canvas.polygon(List.of(head.tip(), head.left(), head.right()), Stroke.solid(color, 1), color);
    }

    private void label(PlacedLabel label) {
        Box box = label.box();
        Font font = DiagramStyle.labelFont();
        canvas.rect(box, box.height() / 2, Stroke.NONE, theme.labelFill());
        double width = TextMetrics.width(font, label.text());
        canvas.text(label.text(), box.centerX() - width / 2, box.centerY() + TextMetrics.baselineBelowCentre(font),
                font, theme.labelText());
    }
}
