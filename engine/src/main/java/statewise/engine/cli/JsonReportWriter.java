package statewise.engine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;

/**
 * Prints a {@code validate} run as one JSON document for programs: every file with its diagnostics (or why it
 * was unreadable), and the totals. Field names are part of the command line's contract.
 */
final class JsonReportWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReportWriter() {
    }

    static void write(List<FileResult> results, ValidationTotals totals, PrintWriter out) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode files = root.putArray("files");
        results.forEach(result -> files.add(file(result)));
        ObjectNode counts = root.putObject("counts");
        counts.put("files", totals.files());
        counts.put("errors", totals.errors());
        counts.put("warnings", totals.warnings());
        counts.put("infos", totals.infos());
        counts.put("unreadable", totals.unreadable());
        try {
            out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode file(FileResult result) {
        ObjectNode file = MAPPER.createObjectNode();
        file.put("file", result.name());
        AslDocument document = result.document();
        if (document != null) {
            file.put("format", document.format().name().toLowerCase(Locale.ROOT));
            file.put("kind", document.kind() == AslDocument.Kind.STATE ? "state" : "state-machine");
        }
        if (result.unreadable() != null) {
            file.put("unreadable", result.unreadable());
        }
        ArrayNode diagnostics = file.putArray("diagnostics");
        result.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
        return file;
    }

    private static ObjectNode diagnostic(Diagnostic d) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", d.code());
        node.put("severity", d.severity().label());
        node.put("message", d.message());
        node.put("pointer", d.pointer());
        node.put("line", d.span().startLine());
        node.put("column", d.span().startColumn());
        node.put("endLine", d.span().endLine());
        node.put("endColumn", d.span().endColumn());
        return node;
    }
}
