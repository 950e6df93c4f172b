package statewise.app.session;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;

/**
 * A definition as the designer shows it: where it came from, the parsed document and what validation found.
 * Immutable, so it is built on a background thread and handed to the FX thread whole.
 *
 * @param name        the file name shown in the title bar
 * @param file        the file it was read from; null for the bundled sample
 * @param document    the parsed text
 * @param diagnostics parse and validation diagnostics, in reading order
 */
public record OpenedDefinition(String name, @Nullable Path file, AslDocument document, List<Diagnostic> diagnostics)
        implements LoadResult {

    public OpenedDefinition {
        diagnostics = List.copyOf(diagnostics);
    }
}
