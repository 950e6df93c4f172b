package statewise.app.session;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of a model edit (canvas, inspector, Format, Replace All) as the session takes it: the new text, the
 * minimal replacements that turn the old text into it, a label for the Undo menu and the JSON pointers of the
 * elements it changed. {@link DocumentSession#apply} records it as one history step.
 *
 * @param newText  the whole text after the edit
 * @param edits    replacements into the old text, ascending and non-overlapping; applying them gives
 *                 {@code newText}
 * @param label    what the Undo menu says, e.g. {@code "Rename state"}
 * @param affected pointers of the changed elements; {@code ""} (the root) means the whole document
 */
public record TextPatch(String newText, List<TextEdit> edits, String label, Set<String> affected) {

    public TextPatch {
        Objects.requireNonNull(newText, "newText");
        Objects.requireNonNull(label, "label");
        edits = List.copyOf(edits);
        affected = Set.copyOf(affected);
    }

    /** A patch that turns {@code oldText} into {@code newText} with the smallest single replacement. */
    public static TextPatch between(String oldText, String newText, String label, Set<String> affected) {
        return new TextPatch(newText, TextDiff.minimal(oldText, newText), label, affected);
    }
}
