package statewise.engine.cli;

import java.io.PrintWriter;
import statewise.engine.document.Diagnostic;
import statewise.engine.parse.UserFile;

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
        return UserFile.line(file, d);
    }
}
