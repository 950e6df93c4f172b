package statewise.app.files;

import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.app.session.Analysis;
import statewise.app.session.DocumentSource;
import statewise.app.session.NodePositions;

/**
 * A definition read from disk (or a template), analysed and ready for the session. Immutable, so it is built on a
 * background thread and handed to the FX thread whole.
 *
 * @param source    its name and file
 * @param analysis  the parsed and validated text
 * @param positions node positions from the sidecar layout file (none when there is no such file)
 * @param stamp     the file's size and time when it was read, to notice changes made elsewhere; null without a file
 * @param notes     things the user should know that are not problems of the definition (an unreadable layout file)
 */
public record LoadedDefinition(DocumentSource source, Analysis analysis, NodePositions positions,
        @Nullable FileStamp stamp, List<String> notes) implements LoadResult {

    public LoadedDefinition {
        notes = List.copyOf(notes);
    }
}
