package statewise.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AWS's limits on workflow variables: 256 KiB a variable, 256 KiB an Assign, 10 MiB an execution. */
class VariableLimitsTest {

    /** A JSON string whose compact form takes {@code bytes} bytes (quotes included). */
    private static JsonNode text(long bytes) {
        return ExecutionRun.NODES.textNode("x".repeat((int) bytes - 2));
    }

    private static void assign(Variables scope, Map<String, JsonNode> values) {
        scope.assignAll(values, VariableLimits.check(scope, values, "S"));
    }

    @Test
    void variableOfExactlyTheLimitIsAccepted() {
        Variables scope = Variables.root();
        assign(scope, Map.of("v", text(VariableLimits.MAX_VARIABLE_BYTES)));
        assertThat(scope.lookup("v")).isNotNull();
    }

    @Test
    void variableOneByteOverTheLimitIsRefused() {
        assertThatThrownBy(() -> VariableLimits.check(Variables.root(),
                Map.of("v", text(VariableLimits.MAX_VARIABLE_BYTES + 1)), "S"))
                .isInstanceOfSatisfying(StatesError.class, e -> {
                    assertThat(e.error()).isEqualTo("States.DataLimitExceeded");
                    assertThat(e.errorCause()).isEqualTo("The state 'S' assigns the variable 'v' a value of 262145"
                            + " bytes, more than the maximum of 262144 bytes for a variable.");
                });
    }

    @Test
    void oneAssignOverTheLimitTogetherIsRefused() {
        long half = VariableLimits.MAX_ASSIGN_BYTES / 2;
        assertThatThrownBy(() -> VariableLimits.check(Variables.root(),
                Map.of("a", text(half), "b", text(half + 1)), "S"))
                .isInstanceOfSatisfying(StatesError.class, e -> assertThat(e.errorCause()).contains("for one Assign"));
    }

    @Test
    void executionTotalCountsEveryVisibleScopeAndReplacedValuesOnce() {
        Variables root = Variables.root();
        long size = VariableLimits.MAX_VARIABLE_BYTES;
        int fits = (int) (VariableLimits.MAX_TOTAL_BYTES / size);
        for (int i = 0; i < fits - 1; i++) {
            assign(root, Map.of("v" + i, text(size)));
        }
        assign(root, Map.of("v0", text(size)));
        Variables branch = root.nested();
        assign(branch, Map.of("last", text(size)));
        assertThatThrownBy(() -> VariableLimits.check(branch, Map.of("more", text(size)), "S"))
                .isInstanceOfSatisfying(StatesError.class, e -> assertThat(e.errorCause())
                        .contains("more than the maximum of 10485760 bytes"));
    }

    @Test
    void siblingScopesDoNotCountAgainstEachOther() {
        Variables root = Variables.root();
        long size = VariableLimits.MAX_VARIABLE_BYTES;
        int fits = (int) (VariableLimits.MAX_TOTAL_BYTES / size);
        Variables left = root.nested();
        Variables right = root.nested();
        for (int i = 0; i < fits; i++) {
            assign(left, Map.of("v" + i, text(size)));
        }
        assign(right, Map.of("v", text(size)));
        assertThat(right.lookup("v")).isNotNull();
    }
}
