package statewise.app.files;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import statewise.app.session.NodePositions;

/**
 * Unsaved work copied to the recovery folder while the user edits, so a crash loses at most a few seconds of it.
 *
 * @param id        the draft's file name without extension; one per running window
 * @param pid       the process that wrote it: a draft whose process is gone was left behind by a crash
 * @param file      the definition's file, or null when it was never saved
 * @param name      the name the definition went by
 * @param text      the unsaved text
 * @param positions the unsaved node positions
 * @param savedAt   when the draft was written
 */
public record Draft(String id, long pid, @Nullable String file, String name, String text, NodePositions positions,
        Instant savedAt) {
}
