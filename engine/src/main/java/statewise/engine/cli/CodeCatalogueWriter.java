package statewise.engine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import statewise.engine.document.DiagnosticCode;

/**
 * Prints the diagnostic code catalogue ({@code validate --list-codes}), so people can look a code up and tools
 * can check the codes they filter on still exist.
 */
final class CodeCatalogueWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CodeCatalogueWriter() {
    }

    static void write(OutputFormat format, PrintWriter out) {
        if (format == OutputFormat.JSON) {
            writeJson(out);
        } else {
            writeText(out);
        }
    }

    private static void writeText(PrintWriter out) {
        int width = Arrays.stream(DiagnosticCode.values()).mapToInt(c -> c.id().length()).max().orElse(0);
        for (DiagnosticCode code : DiagnosticCode.values()) {
            out.printf("%-" + width + "s  %-7s  %s%n", code.id(), code.severity().label(), code.description());
        }
    }

    private static void writeJson(PrintWriter out) {
        ArrayNode codes = MAPPER.createArrayNode();
        for (DiagnosticCode code : DiagnosticCode.values()) {
            ObjectNode node = codes.addObject();
            node.put("code", code.id());
            node.put("severity", code.severity().label());
            node.put("description", code.description());
        }
        try {
            out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(codes));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
