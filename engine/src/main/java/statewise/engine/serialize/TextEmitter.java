package statewise.engine.serialize;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import statewise.engine.document.DocumentFormat;

/**
 * Writes a JSON tree as text with Jackson's streaming generators, in the tree's key order. JSON: {@code "key":
 * value}, one member or element per line, {@code {}} and {@code []} when empty, a final newline. YAML: block
 * style, no document marker, sequences indented under their key, quotes only where a plain scalar would read back
 * as something else (see {@link YamlQuoting}), lines never folded.
 */
final class TextEmitter {

    private static final JsonFactory JSON = new JsonFactory();

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .stringQuotingChecker(new YamlQuoting())
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private final DocumentFormat format;
    private final DefaultPrettyPrinter prettyPrinter;

    TextEmitter(DocumentFormat format, int indent) {
        if (indent < 1) {
            throw new IllegalArgumentException("indent must be at least 1, not " + indent);
        }
        this.format = format;
        DefaultIndenter indenter = new DefaultIndenter(" ".repeat(indent), "\n");
        this.prettyPrinter = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    DocumentFormat format() {
        return format;
    }

    String write(JsonNode tree) {
        StringWriter out = new StringWriter(4096);
        try {
            if (format == DocumentFormat.YAML) {
                try (YAMLGenerator g = YAML.createGenerator(out)) {
                    value(g, tree, true);
                }
            } else {
                try (JsonGenerator g = JSON.createGenerator(out)) {
                    g.setPrettyPrinter(prettyPrinter.createInstance());
                    value(g, tree, false);
                }
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /** Precondition: the tree is at most as deep as the parser accepts (so recursion stays shallow). */
    private static void value(JsonGenerator g, JsonNode node, boolean yaml) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    g.writeFieldName(field.getKey());
                    value(g, field.getValue(), yaml);
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode element : node) {
                    value(g, element, yaml);
                }
                g.writeEndArray();
            }
            case STRING -> string(g, node.textValue(), yaml);
            case NUMBER -> number(g, node);
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            default -> g.writeNull();
        }
    }

    /** Multi-line YAML strings are block scalars, except where one would not read back equal. */
    private static void string(JsonGenerator g, String text, boolean yaml) throws IOException {
        if (yaml && text.indexOf('\n') >= 0 && YamlQuoting.unsafeInBlock(text)) {
            YAMLGenerator y = (YAMLGenerator) g;
            y.disable(YAMLGenerator.Feature.MINIMIZE_QUOTES);
            y.writeString(text);
            y.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES);
        } else {
            g.writeString(text);
        }
    }

    /** Numbers as Jackson writes them, which read back to equal nodes: 2.0 stays 2.0, integers stay integers. */
    private static void number(JsonGenerator g, JsonNode node) throws IOException {
        switch (node.numberType()) {
            case INT -> g.writeNumber(node.intValue());
            case LONG -> g.writeNumber(node.longValue());
            case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
            case FLOAT -> g.writeNumber(node.floatValue());
            case DOUBLE -> g.writeNumber(node.doubleValue());
            default -> g.writeNumber(node.decimalValue());
        }
    }
}
