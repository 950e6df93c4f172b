package statewise.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidationTotalsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 | 0 | 0 | 0 | 0 | 0 | 1 file checked: no problems
            2 | 0 | 3 | 0 | 0 | 0 | 2 files checked: 3 warnings
            1 | 1 | 1 | 0 | 0 | 1 | 1 file checked: 1 error, 1 warning
            3 | 2 | 0 | 1 | 1 | 2 | 3 files checked: 2 errors, 1 info, 1 unreadable file
            """)
    void warningsAloneStillExitZeroAndUnreadableOutranksErrors(int files, long errors, long warnings, long infos,
            long unreadable, int exitCode, String summary) {
        ValidationTotals totals = new ValidationTotals(files, errors, warnings, infos, unreadable);

        assertEquals(exitCode, totals.exitCode());
        assertEquals(summary, totals.summary());
    }
}
