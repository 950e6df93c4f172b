package statewise.engine.suite;

import java.util.List;
import statewise.engine.run.ExecutionResult;

/**
 * How one test case went: its execution and every expectation it missed, each as one sentence.
 *
 * @param millis how long the execution took on the wall clock (the virtual clock makes Waits free)
 */
public record CaseOutcome(SuiteCase testCase, ExecutionResult result, List<String> failures, long millis) {

    public CaseOutcome {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
