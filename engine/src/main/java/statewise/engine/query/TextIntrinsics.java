package statewise.engine.query;

import static statewise.engine.query.IntrinsicError.invalid;
import static statewise.engine.query.IntrinsicError.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.StringTokenizer;

/**
 * The string intrinsics with AWS's observed rules: {@code States.Format} prints values as AWS's Java values print
 * ({@code null}, {@code 1.5}, {@code {a=1}}); {@code States.StringSplit} splits at any of the delimiter's characters
 * and drops empty pieces; {@code States.Base64Decode} skips what is not Base64 and stops at padding, as lenient
 * decoders do; {@code States.Hash} hashes the printed form of non-string data; inputs over 10,000 characters fail.
 */
final class TextIntrinsics {

    /** AWS's limit on the input of States.Base64Encode, States.Base64Decode and States.Hash. */
    static final int MAX_INPUT_CHARS = 10_000;

    private static final HexFormat HEX = HexFormat.of();

    private TextIntrinsics() {
    }

    /** Fills {@code template}'s placeholders with {@code args} from {@code from} on. */
    static JsonNode format(FormatTemplate template, JsonNode[] args, int from) {
        if (template.problem() != null) {
            throw new IntrinsicError(template.problem());
        }
        if (template.placeholders() != args.length - from) {
            throw new IntrinsicError("Invalid arguments in States.Format: number of arguments do not match the"
                    + " occurrences of {}.");
        }
        StringBuilder text = new StringBuilder(template.parts().get(0));
        for (int i = from; i < args.length; i++) {
            text.append(JsonText.render(args[i])).append(template.parts().get(i - from + 1));
        }
        return JsonText.NODES.textNode(text.toString());
    }

    static JsonNode split(JsonNode value, JsonNode delimiters) {
        String text = text(value, IntrinsicFunction.STRING_SPLIT);
        StringTokenizer tokens = new StringTokenizer(text, text(delimiters, IntrinsicFunction.STRING_SPLIT));
        ArrayNode pieces = JsonText.NODES.arrayNode();
        while (tokens.hasMoreTokens()) {
            pieces.add(tokens.nextToken());
        }
        return pieces;
    }

    static JsonNode base64Encode(JsonNode value) {
        String text = limited(text(value, IntrinsicFunction.BASE64_ENCODE), IntrinsicFunction.BASE64_ENCODE);
        return JsonText.NODES.textNode(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    static JsonNode base64Decode(JsonNode value) {
        String text = limited(text(value, IntrinsicFunction.BASE64_DECODE), IntrinsicFunction.BASE64_DECODE);
        return JsonText.NODES.textNode(new String(leniently(text), StandardCharsets.UTF_8));
    }

    /** Decodes the Base64 characters of {@code text}, skipping others, up to the first {@code =}. */
    private static byte[] leniently(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() * 3 / 4);
        int bits = 0;
        int count = 0;
        for (int i = 0; i < text.length() && text.charAt(i) != '='; i++) {
            int sextet = sextet(text.charAt(i));
            if (sextet < 0) {
                continue;
            }
            bits = bits << 6 | sextet;
            count += 6;
            if (count >= 8) {
                count -= 8;
                bytes.write(bits >> count & 0xFF);
            }
        }
        return bytes.toByteArray();
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' || c == '-' ? 62 : c == '/' || c == '_' ? 63 : -1;
    }

    static JsonNode hash(JsonNode data, JsonNode algorithm) {
        String name = text(algorithm, IntrinsicFunction.HASH);
        if (!IntrinsicArguments.HASH_ALGORITHMS.contains(name)) {
            throw invalid(IntrinsicFunction.HASH);
        }
        String text = limited(JsonText.render(data), IntrinsicFunction.HASH);
        try {
            byte[] digest = MessageDigest.getInstance(name).digest(text.getBytes(StandardCharsets.UTF_8));
            return JsonText.NODES.textNode(HEX.formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + name, e);
        }
    }

    private static String limited(String text, IntrinsicFunction function) {
        if (text.length() > MAX_INPUT_CHARS) {
            throw invalid(function);
        }
        return text;
    }
}
