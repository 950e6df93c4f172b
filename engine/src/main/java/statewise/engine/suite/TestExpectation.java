package statewise.engine.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.ExecutionStatus;

/**
 * What one test case expects of its execution; every part left null or empty is not checked.
 *
 * @param status         how the execution ends
 * @param output         the output of a successful execution
 * @param outputIsSubset true when {@code output} only lists members that must be there (the actual output may have
 *                       more); false when the output must equal it
 * @param error          the error name of a failed execution
 * @param cause          the cause of a failed execution, exactly
 * @param visits         states the execution must enter
 * @param skips          states the execution must not enter
 */
public record TestExpectation(@Nullable ExecutionStatus status, @Nullable JsonNode output, boolean outputIsSubset,
        @Nullable String error, @Nullable String cause, List<String> visits, List<String> skips) {

    public TestExpectation {
        visits = List.copyOf(visits);
        skips = List.copyOf(skips);
    }

    /** What a test case without {@code Expect} checks: that the execution succeeds. */
    public static final TestExpectation SUCCEEDS = new TestExpectation(ExecutionStatus.SUCCEEDED, null, false, null,
            null, List.of(), List.of());
}
