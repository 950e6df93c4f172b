package statewise.engine.query;

import com.dashjoin.jsonata.Jsonata;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * JSONata string functions as jsonata-js (the implementation Step Functions runs) computes them, where the dashjoin
 * port differs (0.9.10): {@code $encodeUrl} leaves spaces and other characters unescaped or escapes {@code /} and
 * {@code :} depending on the text, {@code $decodeUrl} and {@code $decodeUrlComponent} turn {@code +} into a space,
 * and {@code $substring} fails on characters outside the Basic Multilingual Plane (emoji). These follow
 * JavaScript's {@code encodeURI}, {@code encodeURIComponent}, {@code decodeURI}, {@code decodeURIComponent} and
 * jsonata-js's code-point {@code substring}, with its error codes (D3140).
 */
final class JsonataStrings {

    /** Characters {@code encodeURIComponent} leaves as they are, besides letters and digits. */
    private static final String COMPONENT_SAFE = "-_.!~*'()";
    /** Characters {@code encodeURI} also leaves, and {@code decodeURI} leaves escaped. */
    private static final String URI_RESERVED = ";,/?:@&=+$#";

    private JsonataStrings() {
    }

    /** Binds the replacements into a compiled expression's environment. */
    static void register(Jsonata expression) {
        expression.registerFunction("encodeUrlComponent", new Jsonata.JFunction((input, args) ->
                encode(args.get(0), "encodeUrlComponent", ""), "<s-:s>"));
        expression.registerFunction("encodeUrl", new Jsonata.JFunction((input, args) ->
                encode(args.get(0), "encodeUrl", URI_RESERVED), "<s-:s>"));
        expression.registerFunction("decodeUrlComponent", new Jsonata.JFunction((input, args) ->
                decode(args.get(0), "decodeUrlComponent", ""), "<s-:s>"));
        expression.registerFunction("decodeUrl", new Jsonata.JFunction((input, args) ->
                decode(args.get(0), "decodeUrl", URI_RESERVED), "<s-:s>"));
        expression.registerFunction("substring", new Jsonata.JFunction((input, args) -> substring(args),
                "<s-nn?:s>"));
    }

    private static @Nullable Object encode(@Nullable Object value, String function, String alsoSafe) {
        if (value == null) {
            return null;
        }
        String text = (String) value;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || COMPONENT_SAFE.indexOf(c) >= 0
                    || alsoSafe.indexOf(c) >= 0)) {
                out.append((char) c);
            } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                throw malformed(function, text);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** Decodes {@code %XX} sequences as UTF-8; those that stand for a character of {@code keep} stay escaped. */
    private static @Nullable Object decode(@Nullable Object value, String function, String keep) {
        if (value == null) {
            return null;
        }
        String text = (String) value;
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '%') {
                out.append(text.charAt(i++));
                continue;
            }
            int start = i;
            bytes.reset();
            while (i < text.length() && text.charAt(i) == '%') {
                bytes.write(hexByte(text, i, function));
                i += 3;
            }
            appendDecoded(out, bytes.toByteArray(), text.substring(start, i), keep, function, text);
        }
        return out.toString();
    }

    private static int hexByte(String text, int percent, String function) {
        int high = percent + 1 < text.length() ? Character.digit(text.charAt(percent + 1), 16) : -1;
        int low = percent + 2 < text.length() ? Character.digit(text.charAt(percent + 2), 16) : -1;
        if (high < 0 || low < 0) {
            throw malformed(function, text);
        }
        return high * 16 + low;
    }

    /** Appends the text {@code bytes} stand for, keeping the escapes of {@code keep}'s characters as written. */
    private static void appendDecoded(StringBuilder out, byte[] bytes, String escaped, String keep, String function,
            String text) {
        int from = 0;
        for (int i = 0; i <= bytes.length; i++) {
            boolean kept = i < bytes.length && bytes[i] >= 0 && keep.indexOf(bytes[i]) >= 0;
            if (i == bytes.length || kept) {
                out.append(utf8(bytes, from, i, function, text));
                if (kept) {
                    out.append(escaped, 3 * i, 3 * i + 3);
                }
                from = i + 1;
            }
        }
    }

    private static String utf8(byte[] bytes, int from, int to, String function, String text) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            throw malformed(function, text);
        }
    }

    /** jsonata-js's {@code $substring}: positions count characters (code points), a negative start from the end. */
    private static @Nullable Object substring(List<?> args) {
        if (args.get(0) == null) {
            return null;
        }
        int[] points = ((String) args.get(0)).codePoints().toArray();
        int start = (int) ((Number) args.get(1)).doubleValue();
        if (points.length + start < 0) {
            start = 0;
        }
        int from = start < 0 ? points.length + start : Math.min(start, points.length);
        int to = points.length;
        if (args.size() > 2 && args.get(2) != null) {
            double length = ((Number) args.get(2)).doubleValue();
            if (length <= 0) {
                return "";
            }
            to = (int) Math.min(points.length, Math.max(from, from + (long) length));
        }
        return new String(points, from, Math.max(0, to - from));
    }

    private static JsonataFunctions.FunctionError malformed(String function, String text) {
        return new JsonataFunctions.FunctionError("D3140: Malformed URL passed to $" + function + "(): "
                + JsonText.compact(JsonText.NODES.textNode(text)));
    }
}
