package statewise.engine.edit;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;

/**
 * What applying an edit to a document gives: the new text and model, the text edits that turn the old text into the
 * new one (for the editor, so that caret, scroll and folding stay), and what to redraw. The new text is parsed
 * (for its source map) only when {@link #document()} is asked for: the designer reads it again off the UI thread
 * anyway, and on a large definition the parse costs milliseconds a canvas edit would wait for.
 */
public final class EditResult {

    private final String label;
    private final String text;
    private final DocumentFormat format;
    private final StateMachine model;
    private final List<TextEdit> textEdits;
    private final Set<String> changed;
    private final Set<String> removed;
    private final @Nullable String fallback;
    private volatile @Nullable AslDocument document;

    /**
     * @param label     the Edit menu's name for the step, e.g. "Rename state 'A' to 'B'"
     * @param text      the new text
     * @param format    the notation of the text
     * @param model     the new model, which reading {@code text} gives
     * @param textEdits sorted, non-overlapping replacements in the old text's offsets
     * @param changed   pointers (in the new document) of the values and members that were written: each new or
     *                  rewritten member, and each container whose members came or went
     * @param removed   pointers (in the old document) of the members that went away
     * @param fallback  null when only the changed members were rewritten; else why the whole text was written anew
     */
    EditResult(String label, String text, DocumentFormat format, StateMachine model, List<TextEdit> textEdits,
            Set<String> changed, Set<String> removed, @Nullable String fallback) {
        this.label = label;
        this.text = text;
        this.format = format;
        this.model = model;
        this.textEdits = List.copyOf(textEdits);
        this.changed = Set.copyOf(changed);
        this.removed = Set.copyOf(removed);
        this.fallback = fallback;
    }

    public String label() {
        return label;
    }

    public String text() {
        return text;
    }

    /** The new model. */
    public StateMachine model() {
        return model;
    }

    /** The new document (text, model read from it, source map), parsed when first asked for. */
    public AslDocument document() {
        AslDocument parsed = document;
        if (parsed == null) {
            parsed = AslParser.parse(text, format);
            document = parsed;
        }
        return parsed;
    }

    public List<TextEdit> textEdits() {
        return textEdits;
    }

    public Set<String> changed() {
        return changed;
    }

    public Set<String> removed() {
        return removed;
    }

    public @Nullable String fallback() {
        return fallback;
    }
}
