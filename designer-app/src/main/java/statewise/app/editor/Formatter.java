package statewise.app.editor;

import java.util.Optional;
import java.util.Set;
import statewise.app.session.SessionDocument;
import statewise.app.session.TextPatch;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.serialize.AslSerializer;

/**
 * The Format action: the definition written out again by the engine's {@link AslSerializer}, in its own notation,
 * key order and (for JSON) indent, as one undo step. Text that does not parse is left alone, with a reason.
 */
public final class Formatter {

    /** What Format would do: a patch, or why it cannot. */
    public record Outcome(Optional<TextPatch> patch, String message) {
    }

    private Formatter() {
    }

    public static Outcome format(SessionDocument document) {
        if (!document.analysed()) {
            return new Outcome(Optional.empty(), "Wait for the definition to be checked, then format again.");
        }
        AslDocument parsed = document.analysis().document();
        AslSerializer serializer = parsed.format() == DocumentFormat.YAML ? AslSerializer.yaml()
                : AslSerializer.json(indentOf(parsed.text()));
        Optional<String> written = serializer.convert(parsed);
        if (written.isEmpty()) {
            return new Outcome(Optional.empty(), "Cannot format: fix the syntax errors first.");
        }
        String text = written.get();
        if (document.text().endsWith("\n") && !text.endsWith("\n")) {
            text = text + "\n";
        }
        if (text.equals(document.text())) {
            return new Outcome(Optional.empty(), "Already formatted.");
        }
        return new Outcome(Optional.of(TextPatch.between(document.text(), text, "Format", Set.of())), "Formatted.");
    }

    /** The indent the text already uses (the leading spaces of its first indented line), 2 when there is none. */
    static int indentOf(String text) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int spaces = 0;
            while (lineStart + spaces < text.length() && text.charAt(lineStart + spaces) == ' ') {
                spaces++;
            }
            if (spaces > 0 && lineStart + spaces < text.length() && text.charAt(lineStart + spaces) != '\n') {
                return Math.min(spaces, 8);
            }
            int next = text.indexOf('\n', lineStart);
            if (next < 0) {
                break;
            }
            lineStart = next + 1;
        }
        return AslSerializer.DEFAULT_INDENT;
    }
}
