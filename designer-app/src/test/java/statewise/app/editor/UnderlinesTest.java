package statewise.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.app.session.TextEdit;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.Severity;
import statewise.engine.document.SourceSpan;

class UnderlinesTest {

    private static Diagnostic at(int start, int end, Severity severity) {
        return new Diagnostic("SW-TEST", severity, "finding", "/States/A", new SourceSpan(start, end, 1, 1, 1, 1));
    }

    @Test
    void theSameDiagnosticsAgainRestyleNothing() {
        Underlines underlines = new Underlines();
        underlines.drawnAll(List.of(at(10, 14, Severity.ERROR), at(40, 41, Severity.WARNING)));

        assertEquals(List.of(), underlines.changes(List.of(at(10, 14, Severity.ERROR), at(40, 41, Severity.WARNING))));
    }

    @Test
    void onlyTheUnderlinesThatAppearOrDisappearAreRestyled() {
        Underlines underlines = new Underlines();
        underlines.drawnAll(List.of(at(10, 14, Severity.ERROR), at(40, 41, Severity.WARNING)));

        List<Underlines.Stretch> changed = underlines.changes(List.of(at(10, 14, Severity.ERROR),
                at(70, 75, Severity.INFO)));

        assertEquals(List.of(new Underlines.Stretch(40, 41), new Underlines.Stretch(70, 75)), changed);
    }

    @Test
    void typingBeforeAnUnderlineMovesItWithTheText() {
        Underlines underlines = new Underlines();
        underlines.drawnAll(List.of(at(40, 44, Severity.ERROR)));

        underlines.edited(new TextEdit(5, 0, "abc"), 0, 12);

        assertEquals(List.of(new Underlines.Mark(43, 47, Severity.ERROR, false)), underlines.drawn());
        assertEquals(List.of(), underlines.changes(List.of(at(43, 47, Severity.ERROR))));
    }

    @Test
    void anUnderlineOnARetypedLineIsDrawnAgainEvenWhenTheReparseFindsItStill() {
        Underlines underlines = new Underlines();
        underlines.drawnAll(List.of(at(40, 44, Severity.ERROR)));

        underlines.edited(new TextEdit(42, 0, "x"), 30, 60);

        assertEquals(List.of(new Underlines.Stretch(40, 45)), underlines.changes(List.of(at(40, 45,
                Severity.ERROR))));
        assertEquals(List.of(), underlines.changes(List.of(at(40, 45, Severity.ERROR))));
    }

    @Test
    void anEmptySpanIsRestyledOverOneCharacter() {
        Underlines underlines = new Underlines();

        assertEquals(List.of(new Underlines.Stretch(7, 8)), underlines.changes(List.of(at(7, 7, Severity.ERROR))));
    }
}
