package statewise.engine.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import statewise.engine.corpus.SharedCorpus;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.model.StateType;
import statewise.engine.parse.AslParser;

/**
 * Runs every service-free JSONPath execution of the AWS-recorded corpus whose states are only Pass, Choice,
 * Succeed and Fail through {@link CorpusWalker}, which evaluates them with this package, and compares the output,
 * or the error and cause, with what AWS answered.
 */
class EvaluationCorpusTest {

    /** Cases this package cannot pass alone, by id, with the reason; the interpreter's own suite runs them. */
    private static final Map<String, String> NOT_OURS = Map.of(
            "v2_error_handling_test_states_errors_TestStatesErrors_test_start_large_input-79b5e087",
            "the 256 KiB payload limit (States.DataLimitExceeded) is the interpreter's check");

    private static final Set<StateType> WALKED = Set.of(StateType.PASS, StateType.CHOICE, StateType.SUCCEED,
            StateType.FAIL);

    @Test
    void passAndChoiceExecutionsEndAsAwsRecorded() {
        Map<String, int[]> perCategory = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (SharedCorpus.Case c : SharedCorpus.conformance()) {
            StateMachine machine = walkable(c);
            if (machine == null) {
                continue;
            }
            int[] tally = perCategory.computeIfAbsent(c.json().path("category").asText(), k -> new int[2]);
            tally[0]++;
            String problem = compare(c, machine);
            if (problem == null) {
                tally[1]++;
            } else if (!NOT_OURS.containsKey(c.id())) {
                failures.add(c.id() + ": " + problem);
            }
        }
        int covered = perCategory.values().stream().mapToInt(t -> t[0]).sum();
        int passed = perCategory.values().stream().mapToInt(t -> t[1]).sum();
        perCategory.forEach((category, t) -> System.out.printf("  %-20s %3d/%3d%n", category, t[1], t[0]));
        System.out.printf("evaluation corpus: %d Pass/Choice/Succeed/Fail executions, %d end as AWS recorded,"
                + " %d left to the interpreter%n", covered, passed, NOT_OURS.size());
        failures.forEach(f -> System.out.println("  MISMATCH " + f));
        assertEquals(List.of(), failures);
        assertTrue(covered > 500, "the corpus was walked: " + covered);
        assertEquals(covered - NOT_OURS.size(), passed, "a case listed as not ours now passes: unlist it");
    }

    private static @Nullable StateMachine walkable(SharedCorpus.Case c) {
        String status = c.expected().path("status").asText();
        if (!c.kind().equals("execution") || !c.folder().equals("service-free")
                || c.definition().toString().contains("JSONata")
                || !(status.equals("SUCCEEDED") || status.equals("FAILED"))) {
            return null;
        }
        StateMachine machine = AslParser.parse(c.definition().toString()).stateMachine();
        if (machine == null) {
            return null;
        }
        for (State state : machine.states().values()) {
            if (!WALKED.contains(state.type())) {
                return null;
            }
        }
        return machine;
    }

    private static @Nullable String compare(SharedCorpus.Case c, StateMachine machine) {
        JsonNode input = c.json().path("input");
        CorpusWalker walker = new CorpusWalker(machine,
                new CorpusWalker.ContextObjects(c.json().path("context"), input), new Random(7));
        CorpusWalker.Outcome outcome;
        try {
            outcome = walker.run(input);
        } catch (RuntimeException e) {
            return "threw " + e;
        }
        CaseNormalizer normalizer = new CaseNormalizer(c.json());
        JsonNode expected = c.expected();
        if (expected.path("status").asText().equals("SUCCEEDED")) {
            if (outcome.output() == null) {
                return "failed with " + outcome.error() + ": " + outcome.cause();
            }
            JsonNode ours = normalizer.output(outcome.output());
            return ours.equals(expected.path("output")) ? null
                    : "output " + ours + " but AWS gave " + expected.path("output");
        }
        String error = expected.path("error").isNull() || expected.path("error").isMissingNode() ? null
                : expected.path("error").asText();
        String cause = expected.path("cause").isNull() || expected.path("cause").isMissingNode() ? null
                : expected.path("cause").asText();
        String ourCause = normalizer.cause(outcome.cause());
        boolean same = Objects.equals(error, outcome.error())
                && CaseNormalizer.causeMatches(cause, ourCause);
        return same ? null : "error " + outcome.error() + " / " + ourCause + " but AWS gave " + error + " / " + cause;
    }
}
