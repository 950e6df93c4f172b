package statewise.layout.render;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import statewise.layout.Box;
import statewise.layout.Point;

/** Writes the drawing as SVG 1.1 elements: one element per operation, coordinates rounded to 0.01 px. */
final class SvgCanvas implements DiagramCanvas {

    private final StringBuilder out = new StringBuilder(4096);

    SvgCanvas(double width, double height, Color background) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" font-family=\"").append(DiagramStyle.SVG_FONT_FAMILY).append("\">\n")
                .append("<rect width=\"100%\" height=\"100%\"").append(fill(background)).append("/>\n");
    }

    /** The finished document. */
    String finish() {
        return out + "</svg>\n";
    }

    @Override
    public void rect(Box box, double radius, Stroke stroke, Color fill) {
        out.append("<rect x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y())).append("\" width=\"")
                .append(n(box.width())).append("\" height=\"").append(n(box.height())).append('"');
        if (radius > 0) {
            out.append(" rx=\"").append(n(radius)).append('"');
        }
        out.append(fill(fill)).append(stroke(stroke)).append("/>\n");
    }

    @Override
    public void ellipse(Box box, Stroke stroke, Color fill) {
        out.append("<ellipse cx=\"").append(n(box.centerX())).append("\" cy=\"").append(n(box.centerY()))
                .append("\" rx=\"").append(n(box.width() / 2)).append("\" ry=\"").append(n(box.height() / 2))
                .append('"').append(fill(fill)).append(stroke(stroke)).append("/>\n");
    }

    @Override
    public void polygon(List<Point> points, Stroke stroke, Color fill) {
        out.append("<polygon points=\"").append(points(points)).append('"').append(fill(fill)).append(stroke(stroke))
                .append(" stroke-linejoin=\"round\"/>\n");
    }

    @Override
    public void polyline(List<Point> points, Stroke stroke) {
        out.append("<polyline points=\"").append(points(points)).append("\" fill=\"none\"").append(stroke(stroke))
                .append(" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n");
    }

    @Override
    public void text(String text, double x, double baseline, Font font, Color color) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(baseline)).append("\" font-size=\"")
                .append(n(font.getSize2D())).append('"');
        if (font.isBold()) {
            out.append(" font-weight=\"bold\"");
        }
        out.append(fill(color)).append(" xml:space=\"preserve\">").append(escape(text)).append("</text>\n");
    }

    private static String points(List<Point> points) {
        StringBuilder b = new StringBuilder();
        for (Point p : points) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(n(p.x())).append(',').append(n(p.y()));
        }
        return b.toString();
    }

    private static String fill(Color color) {
        if (color.getAlpha() == 0) {
            return " fill=\"none\"";
        }
        String fill = " fill=\"" + hex(color) + '"';
        return color.getAlpha() == 255 ? fill : fill + " fill-opacity=\"" + n(color.getAlpha() / 255.0) + '"';
    }

    private static String stroke(Stroke stroke) {
        if (!stroke.visible()) {
            return "";
        }
        String s = " stroke=\"" + hex(stroke.color()) + "\" stroke-width=\"" + n(stroke.width()) + '"';
        if (stroke.color().getAlpha() != 255) {
            s += " stroke-opacity=\"" + n(stroke.color().getAlpha() / 255.0) + '"';
        }
        return stroke.dashed() ? s + " stroke-dasharray=\"6,4\"" : s;
    }

    private static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }

    /** A number with at most two decimals and no trailing zeros. */
    static String n(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        String s = String.format(Locale.ROOT, "%.2f", hundredths / 100.0);
        return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
