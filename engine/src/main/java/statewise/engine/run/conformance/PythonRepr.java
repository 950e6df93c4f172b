package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Python's {@code str} of a value that {@code json.loads} made ({@code dict}, {@code list}, {@code str},
 * {@code int}, {@code float}, {@code bool}, {@code None}), for the corpus handler that formats its event into a
 * string ({@link CorpusLambdaHandler#RETURN_DECORATED_INPUT}). Strings inside containers are written as
 * {@code repr} writes them: single quotes unless the text holds a single quote and no double quote, backslash,
 * quote, {@code \n}, {@code \r}, {@code \t} escaped, other control characters up to U+00A0 (no-break space) as
 * {@code \xNN}; other characters are kept, as Python keeps printable Unicode.
 */
final class PythonRepr {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PythonRepr() {
    }

    /** {@code str(value)}: a string as it is, anything else as its {@code repr}. */
    static String str(JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        StringBuilder out = new StringBuilder();
        repr(value, out);
        return out.toString();
    }

    private static void repr(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.append('{');
                String separator = "";
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    out.append(separator);
                    string(field.getKey(), out);
                    out.append(": ");
                    repr(field.getValue(), out);
                    separator = ", ";
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                String separator = "";
                for (JsonNode item : node) {
                    out.append(separator);
                    repr(item, out);
                    separator = ", ";
                }
                out.append(']');
            }
            case NUMBER -> out.append(node.isIntegralNumber() ? node.bigIntegerValue().toString()
                    : PythonJson.floatRepr(node.doubleValue()));
            case BOOLEAN -> out.append(node.booleanValue() ? "True" : "False");
            case NULL, MISSING -> out.append("None");
            default -> string(node.asText(), out);
        }
    }

    private static void string(String s, StringBuilder out) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
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
            } else if (c < 0x20 || c >= 0x7f && c <= 0xa0) {
                out.append("\\x").append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
            } else {
                out.append(c);
            }
        }
        out.append(quote);
    }
}
