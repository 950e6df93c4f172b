package statewise.layout.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import statewise.engine.cli.CliStreams;
import statewise.engine.cli.DefinitionFile;
import statewise.engine.cli.ExitCodes;
import statewise.engine.cli.UnreadableInputException;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.layout.DiagramGraph;
import statewise.layout.DiagramGraphs;
import statewise.layout.DiagramLayout;
import statewise.layout.LayoutResult;
import statewise.layout.render.Java2dSizer;

/**
 * Reads a definition for the layout commands and lays it out, or says in one line why it cannot: the file is
 * unreadable (exit 2), or it is not JSON or YAML or holds neither a state machine nor a state (exit 1). A
 * definition that only fails validation is still drawn, with whatever of it can be drawn.
 */
final class DrawableDefinition {

    private DrawableDefinition() {
    }

    /** What reading gave: a layout, or the exit code after the reason was printed. */
    record Outcome(@Nullable LayoutResult layout, int exitCode) {
    }

    static Outcome layOut(String file, CliStreams streams, String command) {
        PrintWriter err = streams.err();
        AslDocument document;
        String name = "-".equals(file) ? DefinitionFile.STDIN_NAME : file;
        try {
            String text = "-".equals(file) ? DefinitionFile.read(streams.in(), name)
                    : DefinitionFile.read(path(file), name);
            document = DefinitionFile.parse(name, text);
        } catch (UnreadableInputException e) {
            err.println("statewise " + command + ": " + e.source() + ": " + e.reason());
            return new Outcome(null, ExitCodes.UNREADABLE);
        }
        if (document.hasSyntaxErrors() || document.stateMachine() == null && document.state() == null) {
            Diagnostic first = document.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElse(null);
            err.println("statewise " + command + ": " + name + ": cannot be drawn: " + (first == null
                    ? "neither a state machine nor a state" : first.message())
                    + " (statewise validate " + file + " lists every problem)");
            return new Outcome(null, ExitCodes.ERRORS);
        }
        DiagramGraph graph = DiagramGraphs.of(document, Java2dSizer.INSTANCE);
        return new Outcome(DiagramLayout.layout(graph), ExitCodes.OK);
    }

    private static Path path(String file) throws UnreadableInputException {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new UnreadableInputException(file, "not a valid file name", e);
        }
    }
}
