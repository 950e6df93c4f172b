package statewise.app.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import statewise.engine.cli.DefinitionFile;
import statewise.engine.cli.UnreadableInputException;
import statewise.engine.document.AslDocument;
import statewise.engine.validate.Validator;

/**
 * Reads, parses and validates a definition for the designer, exactly as {@code statewise validate} does, so the
 * window and the command line never disagree. Blocking and thread-safe: call it from a background thread.
 */
public final class DefinitionLoader {

    /** The workflow the designer opens when started without a file. */
    public static final String SAMPLE_NAME = "order-processing.asl.json";

    private static final String SAMPLE_RESOURCE = "/statewise/app/samples/" + SAMPLE_NAME;

    private DefinitionLoader() {
    }

    public static OpenedDefinition load(Path file) throws UnreadableInputException {
        String name = displayName(file);
        return analyse(name, file, DefinitionFile.read(file, name));
    }

    /** The name a file goes by in the title bar and in messages: its last path element. */
    public static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** The bundled sample workflow; it ships inside the jar, so failing to read it is a packaging bug. */
    public static OpenedDefinition sample() {
        try (InputStream in = DefinitionLoader.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sample workflow is missing from the build: " + SAMPLE_RESOURCE);
            }
            return analyse(SAMPLE_NAME, null, DefinitionFile.read(in, SAMPLE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OpenedDefinition analyse(String name, @Nullable Path file, String text) {
        AslDocument document = DefinitionFile.parse(name, text);
        return new OpenedDefinition(name, file, document, Validator.validate(document));
    }
}
