package statewise.app.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.Severity;
import statewise.engine.document.SourceSpan;

class ProblemSummaryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0 | 0 | 0 | 14 | CLEAN    | No problems · 14 states
            0 | 0 | 3 | 1  | CLEAN    | No problems · 1 state
            2 | 1 | 0 | 14 | ERRORS   | 2 errors, 1 warning
            1 | 0 | 0 | 3  | ERRORS   | 1 error
            0 | 2 | 1 | 3  | WARNINGS | 2 warnings
            """)
    void summarisesErrorsAndWarningsButNotInfos(int errors, int warnings, int infos, int states,
            ProblemSummary.Level level, String text) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        add(diagnostics, errors, Severity.ERROR);
        add(diagnostics, warnings, Severity.WARNING);
        add(diagnostics, infos, Severity.INFO);

        ProblemSummary summary = ProblemSummary.of(diagnostics, states);

        assertEquals(level, summary.level());
        assertEquals(text, summary.text());
    }

    private static void add(List<Diagnostic> diagnostics, int count, Severity severity) {
        for (int i = 0; i < count; i++) {
            diagnostics.add(new Diagnostic("code", severity, "message", "", SourceSpan.at(0, 1, 1)));
        }
    }
}
