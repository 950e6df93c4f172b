package statewise.engine.run.conformance;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.ExecutionResult;

/**
 * What running one case gave.
 *
 * @param testCase   the case
 * @param outcome    passed, failed (a difference), error (the run could not happen) or skipped
 * @param actual     our execution's result, when it ran
 * @param comparison the comparison with AWS's answer, when it ran
 * @param message    why it was skipped or could not run; empty otherwise
 */
public record CaseResult(ConformanceCase testCase, Outcome outcome, @Nullable ExecutionResult actual,
        @Nullable Comparison comparison, String message) {

    /** How a case ended. {@link #ERROR} counts as failed. */
    public enum Outcome {
        PASSED,
        FAILED,
        ERROR,
        SKIPPED
    }

    static CaseResult compared(ConformanceCase testCase, ExecutionResult actual, Comparison comparison) {
        return new CaseResult(testCase, comparison.passed() ? Outcome.PASSED : Outcome.FAILED, actual, comparison,
                "");
    }

    static CaseResult error(ConformanceCase testCase, String message) {
        return new CaseResult(testCase, Outcome.ERROR, null, null, message);
    }

    static CaseResult skipped(ConformanceCase testCase, String reason) {
        return new CaseResult(testCase, Outcome.SKIPPED, null, null, reason);
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    public boolean failed() {
        return outcome == Outcome.FAILED || outcome == Outcome.ERROR;
    }

    /**
     * For a failed case: {@code FAIL <id> (<folder/category>, <kind>)} and the differences below it, indented;
     * for an error, the reason on the same line. Empty for other outcomes.
     */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        String header = testCase.id() + " (" + testCase.group() + ", " + testCase.kind() + ")";
        if (outcome == Outcome.ERROR) {
            lines.add("ERROR " + header + ": " + message);
        } else if (outcome == Outcome.FAILED && comparison != null) {
            lines.add("FAIL " + header);
            comparison.lines().forEach(line -> lines.add("  " + line));
        }
        return lines;
    }
}
