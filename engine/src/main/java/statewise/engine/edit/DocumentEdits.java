package statewise.engine.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.StateMachine;
import statewise.engine.serialize.AslSerializer;
import statewise.engine.serialize.KeyOrder;

/**
 * Turns a model change into a text change, so that the canvas and inspector edit the one document the editor
 * shows: only the members that changed are rewritten, in the style of the text around them, and everything else
 * (unchanged states, key order, YAML comments, blank lines) stays byte-identical. The work grows with the states
 * the edit changes, not with the document (see {@link ModelTrees}); that the new text reads as exactly the new
 * model is proven for every kind of edit over the shared corpus ({@code EditCorpusPropertyTest}) rather than by
 * parsing the text again on every edit. When the text did not parse to begin with, or a change cannot be made in
 * place, the whole definition is written anew and the result says so.
 */
public final class DocumentEdits {

    private DocumentEdits() {
    }

    /**
     * Applies an edit to a document.
     *
     * @throws IllegalArgumentException with {@link EditRules}' reason when the edit is not allowed; ask the rules
     *                                  first to show that reason instead
     */
    public static EditResult apply(AslDocument document, Edit edit) {
        EditRules.Checked checked = EditRules.evaluate(document, edit);
        StateMachine result = checked.result();
        if (checked.verdict() instanceof Verdict.Denied denied) {
            throw new IllegalArgumentException(denied.reason());
        }
        return patch(document, Objects.requireNonNull(result), edit.label());
    }

    /**
     * The rules' verdict on an edit and, when it is allowed, the edit applied: what {@link EditRules#check} then
     * {@link #apply} give, with the edit checked and applied to the model once instead of twice (on a large
     * definition each costs milliseconds the canvas waits for).
     */
    public static Attempt attempt(AslDocument document, Edit edit) {
        EditRules.Checked checked = EditRules.evaluate(document, edit);
        StateMachine result = checked.result();
        return checked.verdict() instanceof Verdict.Allowed && result != null
                ? new Attempt(checked.verdict(), patch(document, result, edit.label()))
                : new Attempt(checked.verdict(), null);
    }

    /**
     * What {@link #attempt} gives.
     *
     * @param result the edited document; null when the verdict denies the edit
     */
    public record Attempt(Verdict verdict, @Nullable EditResult result) {
    }

    /** The document changed to hold {@code model}, by the smallest text change that does it. */
    public static EditResult patch(AslDocument document, StateMachine model, String label) {
        StateMachine old = document.stateMachine();
        if (document.kind() != AslDocument.Kind.STATE_MACHINE || document.hasSyntaxErrors() || old == null) {
            return rewrite(document, model, label, "The text did not parse, so the whole definition was written anew.");
        }
        ModelTrees trees = ModelTrees.of(document, old, model);
        TextLayout layout = new TextLayout(document);
        try {
            Notation notation = document.format() == DocumentFormat.YAML ? new YamlNotation(layout, trees)
                    : new JsonNotation(layout, trees.before());
            TreeDiff diff = new TreeDiff(layout, notation, trees);
            diff.compare(JsonPointer.ROOT, JsonPointer.ROOT, trees.before(), trees.after());
            List<TextEdit> edits = lineBreaks(sorted(diff.edits()), document.text());
            return new EditResult(label, applyTo(document.text(), edits), document.format(), model, edits,
                    diff.changed(), diff.removed(), null);
        } catch (TextLayout.Unpatchable e) {
            return rewrite(document, model, label,
                    "The change could not be made in place, so the whole definition was written anew.");
        }
    }

    /** Applies sorted, non-overlapping edits (in the old text's offsets) to {@code text}. */
    public static String applyTo(String text, List<TextEdit> edits) {
        StringBuilder out = new StringBuilder(text.length() + 256);
        int at = 0;
        for (TextEdit edit : edits) {
            out.append(text, at, edit.offset()).append(edit.replacement());
            at = edit.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * The edits in text order. Insertions at one offset go deepest first (they were found last): in YAML, a
     * member added at the end of a nested block and one added after that block meet at the same line end.
     */
    private static List<TextEdit> sorted(List<TextEdit> edits) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> edits.get(i).offset())
                .thenComparingInt(i -> edits.get(i).length() == 0 ? 0 : 1)
                .thenComparingInt(i -> edits.get(i).length() == 0 ? -i : i));
        List<TextEdit> out = new ArrayList<>(edits.size());
        for (int i : order) {
            TextEdit edit = edits.get(i);
            if (!out.isEmpty() && edit.offset() < out.get(out.size() - 1).end()) {
                throw new TextLayout.Unpatchable("overlapping text edits");
            }
            out.add(edit);
        }
        return out;
    }

    /** The edits with the text's own line breaks: Windows line ends where the text has them. */
    private static List<TextEdit> lineBreaks(List<TextEdit> edits, String text) {
        if (text.indexOf('\r') < 0 || !text.contains("\r\n")) {
            return edits;
        }
        List<TextEdit> out = new ArrayList<>(edits.size());
        for (TextEdit e : edits) {
            String replacement = e.replacement().replace("\r\n", "\n").replace("\n", "\r\n");
            out.add(new TextEdit(e.offset(), e.length(), replacement));
        }
        return out;
    }

    private static EditResult rewrite(AslDocument document, StateMachine model, String label, String reason) {
        AslSerializer serializer = document.format() == DocumentFormat.YAML ? AslSerializer.yaml()
                : AslSerializer.json(jsonIndent(document.text()));
        String text = serializer.write(model, KeyOrder.of(document));
        return new EditResult(label, text, document.format(), model, List.of(difference(document.text(), text)),
                Set.of(JsonPointer.ROOT), Set.of(), reason);
    }

    /** One edit covering what differs between two texts (their common start and end stay). */
    static TextEdit difference(String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextEdit(prefix, before.length() - prefix - suffix,
                after.substring(prefix, after.length() - suffix));
    }

    /** The number of blanks that indent the text's first indented line, or the serializer's default. */
    private static int jsonIndent(String text) {
        int line = text.indexOf('\n');
        while (line >= 0 && line + 1 < text.length()) {
            int blanks = 0;
            while (line + 1 + blanks < text.length() && text.charAt(line + 1 + blanks) == ' ') {
                blanks++;
            }
            if (blanks > 0 && line + 1 + blanks < text.length() && text.charAt(line + 1 + blanks) == '"') {
                return blanks;
            }
            line = text.indexOf('\n', line + 1);
        }
        return AslSerializer.DEFAULT_INDENT;
    }
}
