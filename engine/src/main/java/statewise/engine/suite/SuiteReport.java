package statewise.engine.suite;

import java.util.List;

/** A whole suite's run: each case's outcome in suite order, and the coverage of all its executions together. */
public record SuiteReport(List<CaseOutcome> outcomes, Coverage coverage) {

    public SuiteReport {
        outcomes = List.copyOf(outcomes);
    }

    public long failed() {
        return outcomes.stream().filter(o -> !o.passed()).count();
    }

    public boolean passed() {
        return failed() == 0;
    }
}
