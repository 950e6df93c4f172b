package statewise.engine.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
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
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
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
 * is kept. Containers are built with an explicit stack, so deep input cannot overflow the Java stack.
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
    private final CodePointOffsets codePoints;
    private final TextScan scan;
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
        this.codePoints = new CodePointOffsets(text);
        this.scan = new TextScan(text, lines);
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
        } catch (JsonProcessingException e) {
            syntaxError(e);
        } catch (IOException | RuntimeException e) {
            // The YAML scanner reports some malformed input as unchecked exceptions; every one is bad input here.
            if (e.getCause() instanceof MarkedYAMLException yaml) {
                yamlError(yaml);
            } else {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : ParserMessages.json(
                        e.getMessage());
                addAt(DiagnosticCode.SYNTAX_ERROR, message, text.length());
            }
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

    private void syntaxError(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml) {
            yamlError(yaml);
            return;
        }
        JsonLocation loc = e.getLocation();
        int offset = loc == null ? text.length() : startOffset(loc);
        String message = e.getOriginalMessage() == null ? "malformed input" : e.getOriginalMessage();
        String token = ParserMessages.unreadToken(message);
        if (token != null && !token.isEmpty()) {
            int start = text.lastIndexOf(token, offset);
            offset = start >= 0 && start + token.length() >= offset - 1 ? start : offset;
        }
        addAt(DiagnosticCode.SYNTAX_ERROR, ParserMessages.json(message), offset);
    }

    private void yamlError(MarkedYAMLException e) {
        Mark mark = ParserMessages.yamlMark(e);
        int offset = mark == null ? text.length() : codePoints.toOffset(mark.getIndex());
        addAt(DiagnosticCode.SYNTAX_ERROR, ParserMessages.yaml(e), offset);
    }

    private void readTokens(JsonParser parser) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (stack.isEmpty() && root != null) {
                int at = startOffset(parser.currentTokenLocation());
                diagnostics.add(diagnostic(DiagnosticCode.SYNTAX_ERROR,
                        "Unexpected content after the end of the definition.", JsonPointer.ROOT,
                        lines.span(at, scan.scalarEnd(at))));
                return;
            }
            switch (token) {
                case FIELD_NAME -> fieldName(parser);
                case START_OBJECT, START_ARRAY -> {
                    if (stack.size() == MAX_NESTING_DEPTH) {
                        addAt(DiagnosticCode.NESTING_TOO_DEEP, "Objects and arrays are nested more than "
                                + MAX_NESTING_DEPTH + " levels deep.", startOffset(parser.currentTokenLocation()));
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
        int start = startOffset(parser.currentTokenLocation());
        int end = format == DocumentFormat.YAML ? endOffset(parser.currentLocation()) : scan.scalarEnd(start);
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
        int start = tokenStart(parser);
        Frame parent = stack.peek();
        int element = record(parent, start, start);
        attach(parent, container);
        stack.push(new Frame(container, element, start, anchor(parser), values++));
    }

    private void close(JsonParser parser) {
        Frame frame = stack.pop();
        int end = format == DocumentFormat.YAML
                ? scan.trimBack(endOffset(parser.currentLocation()), frame.startOffset)
                : tokenStart(parser) + 1;
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
        int start = tokenStart(parser);
        int end = format == DocumentFormat.YAML
                ? scan.trimBack(endOffset(parser.currentLocation()), start)
                : scan.scalarEnd(start);
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
        int start = startOffset(parser.currentTokenLocation());
        int end = scan.trimBack(startOffset(parser.currentLocation()), start);
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
        int end = format == DocumentFormat.JSON ? scan.scalarEnd(at) : lines.afterCharacter(at);
        diagnostics.add(diagnostic(code, message, currentPointer(), lines.span(at, end)));
    }

    /**
     * Where the current token starts. Jackson's JSON parser gives a value token's offset without building a
     * location: one location per token was a sixth of what reading a large definition allocated. Keys and YAML
     * tokens go through {@link #startOffset}.
     */
    private int tokenStart(JsonParser parser) {
        if (format == DocumentFormat.JSON && parser instanceof ParserBase json
                && parser.currentToken() != JsonToken.FIELD_NAME) {
            long offset = json.getTokenCharacterOffset() - 1;
            if (offset >= 0) {
                return (int) Math.min(offset, text.length());
            }
        }
        return startOffset(parser.currentTokenLocation());
    }

    /** The character offset of a parser location (SnakeYAML counts code points; Jackson's JSON, characters). */
    private int startOffset(JsonLocation loc) {
        long index = loc.getCharOffset();
        if (index >= 0) {
            return format == DocumentFormat.YAML ? codePoints.toOffset((int) Math.min(index, Integer.MAX_VALUE))
                    : (int) Math.min(index, text.length());
        }
        return loc.getLineNr() > 0 ? lines.offset(loc.getLineNr(), loc.getColumnNr()) : text.length();
    }

    private int endOffset(JsonLocation loc) {
        return startOffset(loc);
    }

    private static Diagnostic diagnostic(DiagnosticCode code, String message, String pointer, SourceSpan span) {
        return new Diagnostic(code.id(), code.severity(), message, pointer, span);
    }
}
