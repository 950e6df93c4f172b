package statewise.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.SourceMap;

/** Collects diagnostics by pointer, placing each with the source map. */
final class Diagnostics {

    private final SourceMap sourceMap;
    private final List<Diagnostic> list = new ArrayList<>();

    Diagnostics(SourceMap sourceMap) {
        this.sourceMap = sourceMap;
    }

    void add(DiagnosticCode code, String message, String pointer) {
        list.add(new Diagnostic(code.id(), code.severity(), message, pointer,
                sourceMap.locate(pointer, code.anchor())));
    }

    List<Diagnostic> list() {
        return list;
    }

    /** "a string", "an object", ... for messages. */
    static String describe(JsonNode v) {
        return switch (v.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> v.isIntegralNumber() ? "an integer" : "a number";
            case BOOLEAN -> "a boolean";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case NULL -> "null";
            default -> "a " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
