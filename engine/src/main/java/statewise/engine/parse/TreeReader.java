package statewise.engine.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.LineIndex;
import statewise.engine.document.SourceMap;
import statewise.engine.document.SourceSpan;

/**
 * Reads JSON or YAML text into a Jackson tree while recording the span of every key and value by JSON Pointer.
 * Duplicate keys, syntax errors and excessive nesting become diagnostics; whatever was read before a syntax error
 * is kept. Containers are built with an explicit stack, so deep input cannot overflow the Java stack. Where tokens
 * are in the text is {@link TokenOffsets}' business, what a reader's failure means {@link SyntaxErrors}'.
 */
public final class TreeReader {

    /** Deeper input is refused with a diagnostic: no real definition comes near it, and it keeps recursion safe. */
    public static final int MAX_NESTING_DEPTH = 500;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * The tree (null when the text holds no value at all), its source map, and what went wrong.
     *
     * @param mayHoldPlaceholders false when no string value contains the characters "${", so no placeholder such as
     *                            {@code ${Name}} can be in the tree and {@link PlaceholderScan} has nothing to find
     */
    public record Result(@Nullable JsonNode root, SourceMap sourceMap, List<Diagnostic> diagnostics,
            LineIndex lines, boolean mayHoldPlaceholders) {

        public boolean hasSyntaxErrors() {
            return diagnostics.stream().anyMatch(d -> d.code().equals(DiagnosticCode.SYNTAX_ERROR.id())
                    || d.code().equals(DiagnosticCode.NESTING_TOO_DEEP.id())
                    || d.code().equals(DiagnosticCode.EMPTY_DOCUMENT.id()));
        }
    }

    private final String text;
    private final DocumentFormat format;
    private final LineIndex lines;
    private final TokenOffsets offsets;
    private final SourceMap.Builder sourceMap;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final YamlAnchors anchors = new YamlAnchors();
    private @Nullable JsonNode root;
    private int values;
    private boolean mayHoldPlaceholders;

    private TreeReader(String text, DocumentFormat format) {
        this.text = text;
        this.format = format;
        this.lines = new LineIndex(text);
        this.offsets = new TokenOffsets(text, format, lines);
        this.sourceMap = new SourceMap.Builder(lines, text.length() / 20);
    }

    public static Result read(String text, DocumentFormat format) {
        TreeReader reader = new TreeReader(text, format);
        reader.run();
        return new Result(reader.root, reader.sourceMap.build(), List.copyOf(reader.diagnostics), reader.lines,
                reader.mayHoldPlaceholders);
    }

    /** An open object or array, and its element in the source map. */
    private static final class Frame {
        final JsonNode node;
        final int element;
        final int startOffset;
        final @Nullable String anchor;
        final int firstValue;
        @Nullable String pendingKey;
        int pendingKeyStart = -1;
        int pendingKeyEnd = -1;
        int index;

        Frame(JsonNode node, int element, int startOffset, @Nullable String anchor, int firstValue) {
            this.node = node;
            this.element = element;
            this.startOffset = startOffset;
            this.anchor = anchor;
            this.firstValue = firstValue;
        }
    }

    private void run() {
        try (JsonParser parser = format == DocumentFormat.YAML ? ReaderFactories.yaml(text)
                : ReaderFactories.json(text)) {
            readTokens(parser);
        } catch (IOException | RuntimeException e) {
            // The YAML scanner reports some malformed input as unchecked exceptions; every one is bad input here.
            SyntaxErrors.SyntaxError error = SyntaxErrors.of(e, text, offsets);
            addAt(DiagnosticCode.SYNTAX_ERROR, error.message(), error.offset());
        }
        while (!stack.isEmpty()) {
            sourceMap.end(stack.pop().element, text.length());
        }
        if (root == null && diagnostics.isEmpty()) {
            diagnostics.add(diagnostic(DiagnosticCode.EMPTY_DOCUMENT,
                    "The document is empty: a state machine definition is a JSON object.", JsonPointer.ROOT,
                    lines.span(0, 0)));
        }
    }

    private void readTokens(JsonParser parser) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (stack.isEmpty() && root != null) {
                int at = offsets.locatedStart(parser);
                diagnostics.add(diagnostic(DiagnosticCode.SYNTAX_ERROR,
                        "Unexpected content after the end of the definition.", JsonPointer.ROOT,
                        lines.span(at, offsets.scalarEnd(at))));
                return;
            }
            switch (token) {
                case FIELD_NAME -> fieldName(parser);
                case START_OBJECT, START_ARRAY -> {
                    if (stack.size() == MAX_NESTING_DEPTH) {
                        addAt(DiagnosticCode.NESTING_TOO_DEEP, "Objects and arrays are nested more than "
                                + MAX_NESTING_DEPTH + " levels deep.", offsets.locatedStart(parser));
                        return;
                    }
                    open(parser, token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode());
                }
                case END_OBJECT, END_ARRAY -> close(parser);
                default -> {
                    if (!scalar(parser, token)) {
                        return;
                    }
                }
            }
        }
    }

    private void fieldName(JsonParser parser) throws IOException {
        Frame frame = stack.peek();
        String name = parser.currentName();
        int start = offsets.locatedStart(parser);
        int end = offsets.keyEnd(parser, start);
        if (frame == null) {
            return;
        }
        if (frame.node.has(name)) {
            diagnostics.add(diagnostic(DiagnosticCode.DUPLICATE_KEY,
                    "Duplicate key '" + name + "': the last value is used.",
                    JsonPointer.child(sourceMap.pointer(frame.element), name),
                    lines.span(start, end)));
        }
        frame.pendingKey = name;
        frame.pendingKeyStart = start;
        frame.pendingKeyEnd = end;
    }

    private void open(JsonParser parser, JsonNode container) throws IOException {
        int start = offsets.tokenStart(parser);
        Frame parent = stack.peek();
        int element = record(parent, start, start);
        attach(parent, container);
        stack.push(new Frame(container, element, start, anchor(parser), values++));
    }

    private void close(JsonParser parser) {
        Frame frame = stack.pop();
        int end = offsets.containerEnd(parser, frame.startOffset);
        sourceMap.end(frame.element, end);
        if (frame.anchor != null) {
            anchors.define(frame.anchor, frame.node, values - frame.firstValue);
        }
    }

    /** Reads a scalar (or a YAML alias); false when reading has to stop. */
    private boolean scalar(JsonParser parser, JsonToken token) throws IOException {
        if (format == DocumentFormat.YAML && ((YAMLParser) parser).isCurrentAlias()) {
            return alias(parser, parser.getText());
        }
        JsonNode value = switch (token) {
            case VALUE_STRING -> string(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> floatNode(parser);
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> string(parser.getText());
        };
        int start = offsets.tokenStart(parser);
        int end = offsets.scalarEnd(parser, start);
        Frame parent = stack.peek();
        record(parent, start, end);
        attach(parent, value);
        values++;
        String anchor = format == DocumentFormat.YAML ? YamlAnchors.anchorAt(text, start) : null;
        if (anchor != null) {
            anchors.define(anchor, value, 1);
        }
        return true;
    }

    private boolean alias(JsonParser parser, String name) {
        int start = offsets.locatedStart(parser);
        int end = offsets.aliasEnd(parser, start);
        JsonNode value = anchors.resolve(name);
        values = (int) Math.min(Integer.MAX_VALUE, (long) values + anchors.size(name));
        if (value == null) {
            addAt(DiagnosticCode.SYNTAX_ERROR, "The alias *" + name + " names no anchor (&" + name + ") before it.",
                    start);
            value = NODES.nullNode();
        } else if (anchors.overBudget()) {
            addAt(DiagnosticCode.SYNTAX_ERROR, "YAML aliases repeat more than " + YamlAnchors.MAX_ALIASED_VALUES
                    + " values; the rest of the document is not read.", start);
            return false;
        }
        Frame parent = stack.peek();
        record(parent, start, end);
        attach(parent, value);
        return true;
    }

    /** The YAML anchor of the current value; the check on the format spares JSON loading the YAML classes. */
    private @Nullable String anchor(JsonParser parser) throws IOException {
        return format == DocumentFormat.YAML ? ((YAMLParser) parser).getObjectId() : null;
    }

    private JsonNode string(String value) {
        mayHoldPlaceholders |= value.contains("${");
        return NODES.textNode(value);
    }

    private static JsonNode floatNode(JsonParser parser) throws IOException {
        double d = parser.getDoubleValue();
        return Double.isFinite(d) ? NODES.numberNode(d) : NODES.numberNode(parser.getDecimalValue());
    }

    /** Records the value about to be attached to {@code parent} in the source map and returns its element. */
    private int record(@Nullable Frame parent, int start, int end) {
        if (parent == null) {
            return sourceMap.add(-1, null, -1, -1, -1, start, end);
        }
        if (parent.node.isObject()) {
            return sourceMap.add(parent.element, parent.pendingKey == null ? "" : parent.pendingKey, -1,
                    parent.pendingKeyStart, parent.pendingKeyEnd, start, end);
        }
        return sourceMap.add(parent.element, null, parent.index, -1, -1, start, end);
    }

    private void attach(@Nullable Frame parent, JsonNode value) {
        if (parent == null) {
            root = value;
        } else if (parent.node instanceof ObjectNode object) {
            object.set(parent.pendingKey == null ? "" : parent.pendingKey, value);
        } else {
            ((ArrayNode) parent.node).add(value);
            parent.index++;
        }
    }

    private String currentPointer() {
        Frame top = stack.peek();
        return top == null ? JsonPointer.ROOT : sourceMap.pointer(top.element);
    }

    private void addAt(DiagnosticCode code, String message, int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        int end = offsets.problemEnd(at);
        diagnostics.add(diagnostic(code, message, currentPointer(), lines.span(at, end)));
    }

    private static Diagnostic diagnostic(DiagnosticCode code, String message, String pointer, SourceSpan span) {
        return new Diagnostic(code.id(), code.severity(), message, pointer, span);
    }
}
