package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes JSON exactly as Python's {@code json.dumps} does with its defaults ({@code ", "} and {@code ": "} as
 * separators, every character outside printable ASCII escaped, floats as {@code repr}). The recording applied its
 * regular expressions to this text, so ours must see the same text for the same matches. The same walk writes a
 * value as Python's {@code repr} does ({@link Dialect#REPR}, for {@link PythonRepr}): the two differ only in the
 * spelling of literals and in how strings are quoted and escaped.
 */
final class PythonJson {

    /** How Python spells a value: as {@code json.dumps} writes it, or as {@code repr} does. */
    enum Dialect {
        JSON("true", "false", "null"),
        REPR("True", "False", "None");

        private final String yes;
        private final String no;
        private final String none;

        Dialect(String yes, String no, String none) {
            this.yes = yes;
            this.no = no;
            this.none = none;
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PythonJson() {
    }

    static String dumps(JsonNode node) {
        return write(node, Dialect.JSON);
    }

    /** {@code node} written in {@code dialect}. */
    static String write(JsonNode node, Dialect dialect) {
        StringBuilder out = new StringBuilder();
        write(node, dialect, out);
        return out.toString();
    }

    private static void write(JsonNode node, Dialect dialect, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.append('{');
                String separator = "";
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    out.append(separator);
                    string(field.getKey(), dialect, out);
                    out.append(": ");
                    write(field.getValue(), dialect, out);
                    separator = ", ";
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                String separator = "";
                for (JsonNode item : node) {
                    out.append(separator);
                    write(item, dialect, out);
                    separator = ", ";
                }
                out.append(']');
            }
            case NUMBER -> out.append(node.isIntegralNumber() ? node.bigIntegerValue().toString()
                    : floatRepr(node.doubleValue()));
            case BOOLEAN -> out.append(node.booleanValue() ? dialect.yes : dialect.no);
            case NULL, MISSING -> out.append(dialect.none);
            default -> string(node.asText(), dialect, out);
        }
    }

    /**
     * A quoted string. JSON: double quotes; {@code \b}, {@code \f} and every other character outside printable
     * ASCII as {@code \\u} and four hex digits. Repr: single quotes unless the text holds a single quote and no
     * double quote; control characters up to U+00A0 (no-break space) as {@code \xNN}, other characters kept, as
     * Python keeps printable Unicode. Both escape the quote, the backslash, {@code \n}, {@code \r} and
     * {@code \t}.
     */
    private static void string(String s, Dialect dialect, StringBuilder out) {
        boolean json = dialect == Dialect.JSON;
        char quote = json ? '"' : s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == quote || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (json && c == '\b') {
                out.append("\\b");
            } else if (json && c == '\f') {
                out.append("\\f");
            } else if (json && (c < 0x20 || c > 0x7e)) {
                out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                        .append(HEX[c & 0xf]);
            } else if (!json && (c < 0x20 || c >= 0x7f && c <= 0xa0)) {
                out.append("\\x").append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
            } else {
                out.append(c);
            }
        }
        out.append(quote);
    }

    /** Python's {@code repr(float)}: shortest digits, exponent form below 1e-4 and from 1e16 on. */
    static String floatRepr(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0.0" : "0.0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String digits = decimal.unscaledValue().toString();
        int point = digits.length() - decimal.scale();
        String sign = value < 0 ? "-" : "";
        if (point > -4 && point <= 16) {
            return sign + fixed(digits, point);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        int exponent = point - 1;
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "")
                + Math.abs(exponent);
    }

    private static String fixed(String digits, int point) {
        if (point <= 0) {
            return "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return digits + "0".repeat(point - digits.length()) + ".0";
        }
        return digits.substring(0, point) + "." + digits.substring(point);
    }
}
