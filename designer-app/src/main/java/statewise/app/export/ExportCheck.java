package statewise.app.export;

import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.Diagnostic;

/**
 * The validation every export runs first: a definition with errors can still be exported, after the user
 * confirms, and the question says what AWS will refuse.
 */
public final class ExportCheck {

    private ExportCheck() {
    }

    /** What AWS will refuse, in sentences; null when the definition has no errors. */
    public static @Nullable String refusal(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        if (errors.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder("AWS will refuse this definition (CreateStateMachine answers"
                + " InvalidDefinition): it has " + errors.size() + (errors.size() == 1 ? " error." : " errors."));
        errors.stream().limit(5).forEach(d -> text.append("\n• ").append(d.message())
                .append(d.pointer().isEmpty() ? "" : " (at " + d.pointer() + ")"));
        if (errors.size() > 5) {
            text.append("\n• … and ").append(errors.size() - 5).append(" more");
        }
        return text.toString();
    }
}
