package statewise.engine.cli;

import java.io.PrintWriter;
import statewise.engine.document.Diagnostic;

/**
 * Prints diagnostics as {@code file:line:col: severity code message}, the shape compilers use, so editors and CI
 * log viewers turn each line into a link.
 */
final class TextReportWriter {

    private TextReportWriter() {
    }

    static void write(FileResult result, PrintWriter out) {
        result.diagnostics().forEach(d -> out.println(line(result.name(), d)));
    }

    static String line(String file, Diagnostic d) {
        return file + ":" + d.span().startLine() + ":" + d.span().startColumn() + ": " + d.severity().label() + " "
                + d.code() + " " + oneLine(d.message());
    }

    /** Keeps one diagnostic on one line whatever its message holds. */
    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
