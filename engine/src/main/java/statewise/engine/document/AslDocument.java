package statewise.engine.document;

import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;

/**
 * One immutable revision of an open definition: its text and what reading it made of it. Every edit (typing,
 * a canvas change) makes a new document.
 *
 * @param text         the text as given
 * @param format       JSON or YAML
 * @param kind         a whole state machine, or a single state (as the TestState API takes)
 * @param stateMachine the model, for {@link Kind#STATE_MACHINE} documents that hold a JSON object
 * @param state        the model, for {@link Kind#STATE} documents
 * @param sourceMap    where every element is in {@code text}
 * @param diagnostics  what reading found (syntax and shape); validation adds its own
 * @param lines        offset/line conversions for {@code text}
 */
public record AslDocument(
        String text,
        DocumentFormat format,
        Kind kind,
        @Nullable StateMachine stateMachine,
        @Nullable State state,
        SourceMap sourceMap,
        List<Diagnostic> diagnostics,
        LineIndex lines) {

    /** What the document defines. */
    public enum Kind {
        STATE_MACHINE,
        STATE
    }

    public AslDocument {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when the text could not be read as JSON or YAML at all (the model is then absent or partial). */
    public boolean hasSyntaxErrors() {
        return diagnostics.stream().anyMatch(d -> d.code().equals(DiagnosticCode.SYNTAX_ERROR.id())
                || d.code().equals(DiagnosticCode.NESTING_TOO_DEEP.id())
                || d.code().equals(DiagnosticCode.EMPTY_DOCUMENT.id()));
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
