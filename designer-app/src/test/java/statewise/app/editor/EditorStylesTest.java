package statewise.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.Severity;
import statewise.engine.document.SourceSpan;

class EditorStylesTest {

    @Test
    void aDiagnosticUnderlinesItsSpanOverTheColours() {
        String line = "\"Next\": \"Nowhere\"";
        Diagnostic missing = diagnostic(Severity.ERROR, 100 + 8, 100 + 17);

        List<String> styled = styled(line, EditorStyles.of(line, 100, DocumentFormat.JSON, List.of(missing)));

        assertEquals(List.of("\"Next\":asl-key", "::asl-punctuation", "\"Nowhere\":asl-string,diag-error"), styled);
    }

    @Test
    void diagnosticsOutsideTheStretchAreLeftOut() {
        String line = "\"End\": true";
        Diagnostic elsewhere = diagnostic(Severity.WARNING, 0, 5);

        List<String> styled = styled(line, EditorStyles.of(line, 50, DocumentFormat.JSON, List.of(elsewhere)));

        assertEquals(List.of("\"End\":asl-key", "::asl-punctuation", "true:asl-literal"), styled);
    }

    @Test
    void theWorstSeverityWinsWhereDiagnosticsOverlapAndEmptySpansShowOneCharacter() {
        String line = "abcdef";
        List<Diagnostic> diagnostics = List.of(diagnostic(Severity.INFO, 0, 4), diagnostic(Severity.ERROR, 2, 3),
                diagnostic(Severity.WARNING, 5, 5));

        List<String> styled = styled(line, EditorStyles.of(line, 0, DocumentFormat.YAML, diagnostics));

        assertEquals(List.of("ab:diag-info", "c:diag-error", "d:diag-info", "f:diag-warning"), styled);
    }

    private static Diagnostic diagnostic(Severity severity, int start, int end) {
        return new Diagnostic("code", severity, "message", "", new SourceSpan(start, end, 1, 1, 1, 1));
    }

    static List<String> styled(String text, StyleSpans<Collection<String>> spans) {
        List<String> out = new ArrayList<>();
        int offset = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (!span.getStyle().isEmpty()) {
                out.add(text.substring(offset, offset + span.getLength()) + ":" + String.join(",", span.getStyle()));
            }
            offset += span.getLength();
        }
        assertEquals(text.length(), offset);
        return out;
    }
}
