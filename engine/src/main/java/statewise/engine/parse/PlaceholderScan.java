package statewise.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.SourceMap;

/**
 * Reports every string value holding a {@code ${Name}} definition-substitution placeholder as information: the
 * definition is a template that CloudFormation, SAM or CDK fills in, so checks that need the real value (an ARN,
 * a number) cannot be made here.
 */
final class PlaceholderScan {

    private PlaceholderScan() {
    }

    static void report(JsonNode root, SourceMap sourceMap, List<Diagnostic> out) {
        walk(root, new ArrayDeque<>(), sourceMap, out);
    }

    /** Depth-first; the pointer is only spelled out for the rare string that holds a placeholder. */
    private static void walk(JsonNode node, Deque<String> path, SourceMap sourceMap, List<Diagnostic> out) {
        if (node.isTextual()) {
            String s = node.textValue();
            if (Placeholders.containsPlaceholder(s)) {
                String pointer = pointer(path);
                out.add(new Diagnostic(DiagnosticCode.TEMPLATE_PLACEHOLDER.id(),
                        DiagnosticCode.TEMPLATE_PLACEHOLDER.severity(), "'" + s + "' holds a definition-substitution"
                        + " placeholder, filled in at deployment; it is kept as written and not checked further.",
                        pointer, sourceMap.locate(pointer, DiagnosticCode.TEMPLATE_PLACEHOLDER.anchor())));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                path.addLast(JsonPointer.escape(e.getKey()));
                walk(e.getValue(), path, sourceMap, out);
                path.removeLast();
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.addLast(Integer.toString(i));
                walk(node.get(i), path, sourceMap, out);
                path.removeLast();
            }
        }
    }

    private static String pointer(Deque<String> path) {
        StringBuilder b = new StringBuilder();
        for (String token : path) {
            b.append('/').append(token);
        }
        return b.toString();
    }
}
