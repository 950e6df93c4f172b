package statewise.app.files;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import statewise.app.session.Analysis;
import statewise.app.session.DocumentNames;
import statewise.app.session.DocumentSource;
import statewise.app.session.NodePositions;
import statewise.engine.cli.DefinitionFile;
import statewise.engine.cli.UnreadableInputException;

/**
 * Opens and saves definitions with their layout files. Reading goes through the engine's {@link DefinitionFile},
 * exactly as {@code statewise validate} reads, so the window and the command line never disagree; text that does
 * not parse still opens, with its problems. Blocking and thread-safe: call it from a background thread.
 */
public final class DefinitionFiles {

    private static final System.Logger LOG = System.getLogger(DefinitionFiles.class.getName());

    private DefinitionFiles() {
    }

    /** Reads, parses and validates {@code file} and its layout file. */
    public static LoadedDefinition load(Path file) throws UnreadableInputException {
        Path absolute = file.toAbsolutePath();
        String name = DocumentNames.displayName(absolute);
        FileStamp stamp = FileStamp.of(absolute).orElse(null);
        String read = DefinitionFile.read(absolute, name);
        String text = withNewlines(read);
        LayoutSidecar.Read layout = LayoutSidecar.read(absolute);
        List<String> notes = new ArrayList<>();
        if (!text.equals(read)) {
            notes.add(name + " used Windows (CRLF) line endings; it is saved with LF (\\n) line endings.");
        }
        if (layout.note() != null) {
            notes.add(layout.note());
        }
        return new LoadedDefinition(DocumentSource.of(absolute), Analysis.of(name, text), layout.positions(), stamp,
                notes);
    }

    /**
     * The text with every line ending as {@code \\n}, as the editor holds it: the code area turns {@code \\r\\n} and
     * {@code \\r} into line breaks, and the session's text must match the editor's character for character.
     */
    static String withNewlines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Like {@link #load}, with every failure turned into a {@link LoadFailure} for a dialog. */
    public static LoadResult attempt(Path file) {
        String name = DocumentNames.displayName(file);
        String location = file.toAbsolutePath().toString();
        try {
            return load(file);
        } catch (UnreadableInputException e) {
            return new LoadFailure(name, location, e.reason());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Opening " + location + " failed", e);
            return new LoadFailure(name, location, "could not be opened (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Writes the definition and its layout file, each atomically, and returns the definition's new stamp so the
     * save is not mistaken for a change made elsewhere.
     */
    public static FileStamp save(Path file, String text, NodePositions positions) throws IOException {
        Path absolute = file.toAbsolutePath();
        AtomicFiles.write(absolute, text);
        LayoutSidecar.write(absolute, positions);
        return FileStamp.of(absolute).orElseThrow(() -> new IOException(absolute + " vanished right after saving"));
    }
}
