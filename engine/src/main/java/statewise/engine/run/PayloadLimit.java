package statewise.engine.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * AWS's payload size limit: a state's input, output or a task's result may be at most this many bytes of UTF-8
 * JSON. Most payloads are far below it, so a cheap upper bound decides first; only values whose bound reaches the
 * limit are measured exactly.
 */
final class PayloadLimit {

    private static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactory());

    private final int maxBytes;

    PayloadLimit(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    boolean exceeded(JsonNode value) {
        return upperBound(value, maxBytes) > maxBytes && exactSize(value) > maxBytes;
    }

    /**
     * An upper bound of the UTF-8 JSON size of {@code value}, cheap to take; once it passes {@code cap} it stops
     * counting and returns some number above {@code cap}.
     */
    static long upperBound(JsonNode value, long cap) {
        return bound(value, 0, cap);
    }

    private static long bound(JsonNode node, long sum, long maxBytes) {
        if (sum > maxBytes) {
            return sum;
        }
        if (node.isTextual()) {
            return sum + 2 + 6L * node.textValue().length();
        }
        if (node.isObject()) {
            long total = sum + 2;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext() && total <= maxBytes; ) {
                Map.Entry<String, JsonNode> e = it.next();
                total = bound(e.getValue(), total + 4 + 6L * e.getKey().length(), maxBytes);
            }
            return total;
        }
        if (node.isArray()) {
            long total = sum + 2;
            for (int i = 0; i < node.size() && total <= maxBytes; i++) {
                total = bound(node.get(i), total + 1, maxBytes);
            }
            return total;
        }
        return sum + (node.isNumber() ? 48 : 5);
    }

    /** The UTF-8 size of {@code value} written as compact JSON. */
    static long exactSize(JsonNode value) {
        CountingStream counter = new CountingStream();
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(counter)) {
            MAPPER.writeTree(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counter.count;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
