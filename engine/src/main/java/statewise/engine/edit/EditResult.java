package statewise.engine.edit;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.model.StateMachine;

/**
 * What applying an edit to a document gives: the new document (text, model, source map), the text edits that turn
 * the old text into the new one (for the editor, so that caret, scroll and folding stay), and what to redraw.
 *
 * @param label      the Edit menu's name for the step, e.g. "Rename state 'A' to 'B'"
 * @param document   the new document
 * @param textEdits  sorted, non-overlapping replacements in the old text's offsets
 * @param changed    pointers (in the new document) of the values and members that were written: each new or
 *                   rewritten member, and each container whose members came or went
 * @param removed    pointers (in the old document) of the members that went away
 * @param fallback   null when only the changed members were rewritten; else why the whole text was written anew
 */
public record EditResult(String label, AslDocument document, List<TextEdit> textEdits, Set<String> changed,
        Set<String> removed, @Nullable String fallback) {

    public EditResult {
        textEdits = List.copyOf(textEdits);
        changed = Set.copyOf(changed);
        removed = Set.copyOf(removed);
    }

    public String text() {
        return document.text();
    }

    /** The new model (never null: an edit result always holds a state machine). */
    public StateMachine model() {
        StateMachine machine = document.stateMachine();
        if (machine == null) {
            throw new IllegalStateException("an edit result holds a state machine");
        }
        return machine;
    }
}
