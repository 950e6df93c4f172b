package statewise.engine.edit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import statewise.engine.serialize.AslSerializer;

/**
 * Values written as text to go into an existing document: JSON pretty-printed at a given indent or on one line
 * ({@code {"a": 1, "b": [2, 3]}}, which is also YAML flow style), and YAML block style shifted to the column where
 * it goes. Everything is written by the serializer's own writers, so it reads back as the serializer promises.
 */
final class ValueText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueText() {
    }

    /** JSON over several lines: the first line starts where the value goes, the others at {@code base} + levels. */
    static String pretty(JsonNode value, String base, String unit) {
        String written = strip(AslSerializer.json(1).writeTree(value));
        StringBuilder out = new StringBuilder(written.length() * 2);
        String[] lines = written.split("\n", -1);
        out.append(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int depth = 0;
            while (depth < line.length() && line.charAt(depth) == ' ') {
                depth++;
            }
            out.append('\n').append(base).append(unit.repeat(depth)).append(line, depth, line.length());
        }
        return out.toString();
    }

    /** JSON on one line with a blank after each colon and comma. */
    static String compact(JsonNode value) {
        try {
            return JSON.writer(new Spaced()).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String text) {
        return compact(NODES.textNode(text));
    }

    /** {@code key: value} in YAML block style, continuation lines shifted right by {@code column}. */
    static String yamlMember(String key, JsonNode value, int column) {
        ObjectNode member = NODES.objectNode();
        member.set(key, value);
        return shift(strip(AslSerializer.yaml().writeTree(member)), column);
    }

    /** How the YAML writer writes {@code key} as a mapping key. */
    static String yamlKey(String key) {
        String member = yamlMember(key, NODES.numberNode(0), 0);
        if (!member.endsWith(": 0") || member.indexOf('\n') >= 0) {
            throw new TextLayout.Unpatchable("the key " + key + " has no simple YAML form");
        }
        return member.substring(0, member.length() - 3);
    }

    /** A YAML sequence element's value without its {@code "- "}, continuation lines shifted right by {@code column}. */
    static String yamlElement(JsonNode value, int column) {
        String written = strip(AslSerializer.yaml().writeTree(NODES.arrayNode().add(value)));
        StringBuilder out = new StringBuilder(written.length());
        String[] lines = written.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].startsWith("  ") ? lines[i].substring(2) : lines[i];
            if (i == 0) {
                if (!line.startsWith("- ") && !line.equals("-")) {
                    throw new TextLayout.Unpatchable("unexpected YAML sequence form");
                }
                out.append(line.length() > 2 ? line.substring(2) : "");
            } else {
                out.append('\n').append(line.isEmpty() ? "" : " ".repeat(column)).append(line);
            }
        }
        return out.toString();
    }

    /** Shifts every line but the first right by {@code column}, leaving empty lines empty. */
    private static String shift(String text, int column) {
        if (column == 0 || text.indexOf('\n') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + lines.length * column).append(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.append('\n').append(lines[i].isEmpty() ? "" : " ".repeat(column)).append(lines[i]);
        }
        return out.toString();
    }

    private static String strip(String written) {
        return written.endsWith("\n") ? written.substring(0, written.length() - 1) : written;
    }

    /** One line, {@code ": "} after keys and {@code ", "} between members and elements. */
    private static final class Spaced extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }
}
