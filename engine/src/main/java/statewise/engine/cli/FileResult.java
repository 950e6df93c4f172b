package statewise.engine.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.Severity;

/**
 * What validating one input gave: the diagnostics to report, or why the input could not be read.
 *
 * @param name        the file as the user named it, or {@code <stdin>}
 * @param document    the parsed definition; null when the input was unreadable
 * @param diagnostics the diagnostics to report, in reading order
 * @param unreadable  why the input could not be read; null when it was read
 */
record FileResult(String name, @Nullable AslDocument document, List<Diagnostic> diagnostics,
                  @Nullable String unreadable) {

    FileResult {
        diagnostics = List.copyOf(diagnostics);
    }

    static FileResult read(String name, AslDocument document, List<Diagnostic> diagnostics) {
        return new FileResult(name, document, diagnostics, null);
    }

    static FileResult unreadable(UnreadableInputException e) {
        return new FileResult(e.source(), null, List.of(), e.reason());
    }

    long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
