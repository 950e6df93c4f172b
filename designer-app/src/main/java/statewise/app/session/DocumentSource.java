package statewise.app.session;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where the open definition comes from: the name shown in the title bar, and the file it is saved in (null for a
 * new definition, a template or the bundled sample, which have no file until Save As).
 *
 * @param name the file name, e.g. {@code order.asl.json}; it also decides JSON or YAML when there is no file
 * @param file the file, or null
 */
public record DocumentSource(String name, @Nullable Path file) {

    public static DocumentSource of(Path file) {
        return new DocumentSource(DocumentNames.displayName(file), file.toAbsolutePath());
    }

    public static DocumentSource unsaved(String name) {
        return new DocumentSource(name, null);
    }
}
