package statewise.engine.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
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

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNumberLength(100_000)
                    .build())
            .build();

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(yamlLoaderOptions())
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNumberLength(100_000)
                    .build())
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The tree (null when the text holds no value at all), its source map, and what went wrong. */
    public record Result(@Nullable JsonNode root, SourceMap sourceMap, List<Diagnostic> diagnostics,
            LineIndex lines) {

        public boolean hasSyntaxErrors() {
            return diagnostics.stream().anyMatch(d -> d.code().equals(DiagnosticCode.SYNTAX_ERROR.id())
                    || d.code().equals(DiagnosticCode.NESTING_TOO_DEEP.id())
                    || d.code().equals(DiagnosticCode.EMPTY_DOCUMENT.id()));
        }
    }

    private final String text;
    private final DocumentFormat format;
    private final LineIndex lines;
    private final SourceMap.Builder sourceMap;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private @Nullable JsonNode root;

    private TreeReader(String text, DocumentFormat format) {
        this.text = text;
        this.format = format;
        this.lines = new LineIndex(text);
        this.sourceMap = new SourceMap.Builder(lines, text.length() / 12);
    }

    public static Result read(String text, DocumentFormat format) {
        TreeReader reader = new TreeReader(text, format);
        reader.run();
        return new Result(reader.root, reader.sourceMap.build(), List.copyOf(reader.diagnostics), reader.lines);
    }

    /** An open object or array. */
    private static final class Frame {
        final JsonNode node;
        final String pointer;
        final int startOffset;
        final int keyStart;
        final int keyEnd;
        @Nullable String pendingKey;
        int pendingKeyStart = -1;
        int pendingKeyEnd = -1;
        int index;

        Frame(JsonNode node, String pointer, int startOffset, int keyStart, int keyEnd) {
            this.node = node;
            this.pointer = pointer;
            this.startOffset = startOffset;
            this.keyStart = keyStart;
            this.keyEnd = keyEnd;
        }
    }

    private void run() {
        try (JsonParser parser = format == DocumentFormat.YAML ? YAML.createParser(text) : JSON.createParser(text)) {
            readTokens(parser);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String message = cleanMessage(e.getOriginalMessage());
            DiagnosticCode code = message.contains("nesting depth") ? DiagnosticCode.NESTING_TOO_DEEP
                    : DiagnosticCode.SYNTAX_ERROR;
            if (code == DiagnosticCode.NESTING_TOO_DEEP) {
                message = "Objects and arrays are nested more than " + MAX_NESTING_DEPTH + " levels deep.";
            }
            addAt(code, message, loc);
        } catch (IOException | RuntimeException e) {
            // The YAML scanner reports some malformed input as unchecked exceptions; every one is bad input here.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : cleanMessage(e.getMessage());
            diagnostics.add(diagnostic(DiagnosticCode.SYNTAX_ERROR, message, currentPointer(),
                    lines.span(text.length(), text.length())));
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
                int at = startOffset(parser.currentTokenLocation());
                diagnostics.add(diagnostic(DiagnosticCode.SYNTAX_ERROR,
                        "Unexpected content after the end of the definition.", JsonPointer.ROOT,
                        lines.span(at, scanScalarEnd(at))));
                return;
            }
            switch (token) {
                case FIELD_NAME -> fieldName(parser);
                case START_OBJECT -> open(parser, NODES.objectNode());
                case START_ARRAY -> open(parser, NODES.arrayNode());
                case END_OBJECT, END_ARRAY -> close(parser);
                default -> scalar(parser, token);
            }
        }
    }

    private void fieldName(JsonParser parser) throws IOException {
        Frame frame = stack.peek();
        String name = parser.currentName();
        int start = startOffset(parser.currentTokenLocation());
        int end = format == DocumentFormat.YAML ? endOffset(parser.currentLocation()) : scanScalarEnd(start);
        if (frame == null) {
            return;
        }
        if (frame.node.has(name)) {
            diagnostics.add(diagnostic(DiagnosticCode.DUPLICATE_KEY,
                    "Duplicate key '" + name + "': the last value is used.", JsonPointer.child(frame.pointer, name),
                    lines.span(start, end)));
        }
        frame.pendingKey = name;
        frame.pendingKeyStart = start;
        frame.pendingKeyEnd = end;
    }

    private void open(JsonParser parser, JsonNode container) {
        int start = startOffset(parser.currentTokenLocation());
        Frame parent = stack.peek();
        String pointer = childPointer(parent);
        int keyStart = parent == null || !parent.node.isObject() ? -1 : parent.pendingKeyStart;
        int keyEnd = parent == null || !parent.node.isObject() ? -1 : parent.pendingKeyEnd;
        attach(parent, container);
        stack.push(new Frame(container, pointer, start, keyStart, keyEnd));
    }

    private void close(JsonParser parser) {
        Frame frame = stack.pop();
        int end = format == DocumentFormat.YAML
                ? trimBack(endOffset(parser.currentLocation()), frame.startOffset)
                : startOffset(parser.currentTokenLocation()) + 1;
        sourceMap.put(frame.pointer, frame.keyStart, frame.keyEnd, frame.startOffset, end);
    }

    private void scalar(JsonParser parser, JsonToken token) throws IOException {
        JsonNode value = switch (token) {
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> floatNode(parser);
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> NODES.textNode(parser.getText());
        };
        int start = startOffset(parser.currentTokenLocation());
        int end = format == DocumentFormat.YAML
                ? trimBack(endOffset(parser.currentLocation()), start)
                : scanScalarEnd(start);
        Frame parent = stack.peek();
        String pointer = childPointer(parent);
        boolean member = parent != null && parent.node.isObject();
        sourceMap.put(pointer, member ? parent.pendingKeyStart : -1, member ? parent.pendingKeyEnd : -1, start, end);
        attach(parent, value);
    }

    private static JsonNode floatNode(JsonParser parser) throws IOException {
        double d = parser.getDoubleValue();
        return Double.isFinite(d) ? NODES.numberNode(d) : NODES.numberNode(parser.getDecimalValue());
    }

    private String childPointer(@Nullable Frame parent) {
        if (parent == null) {
            return JsonPointer.ROOT;
        }
        if (parent.node.isObject()) {
            return JsonPointer.child(parent.pointer, parent.pendingKey == null ? "" : parent.pendingKey);
        }
        return JsonPointer.child(parent.pointer, parent.index);
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
        return top == null ? JsonPointer.ROOT : top.pointer;
    }

    private void addAt(DiagnosticCode code, String message, @Nullable JsonLocation loc) {
        int offset = loc == null ? text.length() : startOffset(loc);
        diagnostics.add(diagnostic(code, message, currentPointer(), lines.span(offset, scanScalarEnd(offset))));
    }

    private int startOffset(JsonLocation loc) {
        long chars = loc.getCharOffset();
        if (chars >= 0 && format == DocumentFormat.JSON) {
            return (int) Math.min(chars, text.length());
        }
        if (loc.getLineNr() > 0) {
            return lines.offset(loc.getLineNr(), loc.getColumnNr());
        }
        return chars >= 0 ? (int) Math.min(chars, text.length()) : text.length();
    }

    private int endOffset(JsonLocation loc) {
        return startOffset(loc);
    }

    /** Moves an end offset back over trailing blanks (YAML end marks sit at the start of what follows). */
    private int trimBack(int end, int floor) {
        int e = Math.min(end, text.length());
        while (e > floor && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return Math.max(e, floor);
    }

    /**
     * The end of the JSON scalar (string, number or literal) starting at {@code start}: after the closing quote of
     * a string, else at the next delimiter.
     */
    private int scanScalarEnd(int start) {
        int n = text.length();
        if (start >= n) {
            return n;
        }
        if (text.charAt(start) == '"') {
            for (int i = start + 1; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    return i + 1;
                } else if (c == '\n') {
                    return i;
                }
            }
            return n;
        }
        int i = start;
        while (i < n && ",:{}[]\" \t\r\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i == start ? Math.min(start + 1, n) : i;
    }

    private static Diagnostic diagnostic(DiagnosticCode code, String message, String pointer, SourceSpan span) {
        return new Diagnostic(code.id(), code.severity(), message, pointer, span);
    }

    /** Jackson's messages end with a source excerpt and location that we show separately. */
    private static String cleanMessage(String message) {
        String m = message;
        int at = m.indexOf("\n at [Source");
        if (at >= 0) {
            m = m.substring(0, at);
        }
        return m.strip().replace("\n", " ");
    }

    private static LoaderOptions yamlLoaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setAllowDuplicateKeys(true);
        return options;
    }
}
