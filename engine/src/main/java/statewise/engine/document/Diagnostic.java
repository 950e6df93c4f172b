package statewise.engine.document;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about a definition: a stable code (see {@link DiagnosticCode}), a severity, a plain-language
 * message, the JSON Pointer of the element it is about and that element's span in the text.
 *
 * @param code     stable identifier, e.g. {@code missing-transition-target}
 * @param severity error (AWS refuses), warning (AWS accepts, but likely a mistake) or info
 * @param message  one sentence for a person, naming the field or state concerned
 * @param pointer  RFC 6901 pointer of the element concerned ({@code ""} for the whole document)
 * @param span     where that element is in the text
 */
public record Diagnostic(String code, Severity severity, String message, String pointer, SourceSpan span) {

    /** Document order, then severity, then code: the order people read diagnostics in. */
    public static final Comparator<Diagnostic> READING_ORDER = Comparator
            .comparingInt((Diagnostic d) -> d.span().startOffset())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(span, "span");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
