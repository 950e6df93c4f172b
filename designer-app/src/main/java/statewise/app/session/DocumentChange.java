package statewise.app.session;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.JsonPointer;

/**
 * One transition of the session's document, published once to every view. Views redraw only what {@code affected}
 * names and skip changes whose {@code source} is themselves (the editor does not re-apply its own typing).
 *
 * @param previous the document before
 * @param current  the document after
 * @param affected pointers of the model elements that changed; {@code ""} (the root) means everything
 * @param edits    the text replacements from {@code previous} to {@code current}, ascending; empty when the text
 *                 did not change
 * @param origin   why it changed
 * @param source   the view that asked for it, or null when none did (a reparse, a file)
 */
public record DocumentChange(SessionDocument previous, SessionDocument current, Set<String> affected,
        List<TextEdit> edits, ChangeOrigin origin, @Nullable Object source) {

    public DocumentChange {
        affected = Set.copyOf(affected);
        edits = List.copyOf(edits);
    }

    /** True when every view should redraw everything. */
    public boolean affectsEverything() {
        return affected.contains(JsonPointer.ROOT);
    }

    public boolean textChanged() {
        return !edits.isEmpty();
    }
}
