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
        return bound(value, 0) > maxBytes && exactSize(value) > maxBytes;
    }

    /** An upper bound of the UTF-8 size, stopping as soon as it passes the limit. */
    private long bound(JsonNode node, long sum) {
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
                total = bound(e.getValue(), total + 4 + 6L * e.getKey().length());
            }
            return total;
        }
        if (node.isArray()) {
            long total = sum + 2;
            for (int i = 0; i < node.size() && total <= maxBytes; i++) {
                total = bound(node.get(i), total + 1);
            }
            return total;
        }
        return sum + (node.isNumber() ? 48 : 5);
    }

    private static long exactSize(JsonNode value) {
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
