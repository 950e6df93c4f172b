package statewise.engine.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import statewise.engine.corpus.SharedCorpus;

/**
 * Runs the checkers over the AWS-recorded conformance corpus: every expression in a definition AWS accepted must
 * pass, and the definitions AWS refused for an expression must be caught. The other validators' corpus is a second
 * opinion: what they accept must pass, and the expression faults they point at must be caught.
 */
class QueryCorpusTest {

    private static final List<String> EXPRESSION_FAULTS = List.of("JSONPath", "JSONata", "intrinsic", "asl_path",
            "asl_ref_path", "asl_result_path", "asl_payload_template", "Expected one of");

    private static final Set<String> ACCEPTED_KINDS = Set.of("execution", "test_state", "express_sync_execution",
            "express_async_execution", "start_execution_error");

    @Test
    void everyExpressionInDefinitionsAwsAcceptedPasses() {
        Tally tally = new Tally();
        List<String> refused = new ArrayList<>();
        for (SharedCorpus.Case c : SharedCorpus.conformance()) {
            if (!acceptedByAws(c)) {
                continue;
            }
            tally.definitions++;
            for (DefinitionExpressions.Found found : DefinitionExpressions.of(c.definition())) {
                check(found, tally).ifPresent(error -> refused.add(c.id() + " " + found.pointer() + " "
                        + found.text() + " -> " + error.message() + " @" + error.offset()));
            }
        }
        System.out.printf("query corpus: %d accepted definitions; %d intrinsic calls (%d with nested), %d paths,"
                        + " %d JSONata expressions checked; %d refused%n", tally.definitions, tally.calls,
                tally.nestedCalls, tally.paths, tally.jsonata, refused.size());
        assertEquals(List.of(), refused);
        assertTrue(tally.calls > 100 && tally.paths > 1000 && tally.jsonata > 300, "the corpus was walked");
    }

    @Test
    void definitionsAwsRefusedForAnExpressionAreCaughtWhereAwsPointed() {
        List<SharedCorpus.Case> refusedForExpression = SharedCorpus.conformance().stream()
                .filter(c -> c.kind().equals("definition_validation"))
                .filter(c -> c.expected().path("api_error").toString().contains("valid JSONPath")
                        || c.expected().path("api_error").toString().contains("intrinsic"))
                .toList();
        assertFalse(refusedForExpression.isEmpty());
        for (SharedCorpus.Case c : refusedForExpression) {
            String apiError = c.expected().path("api_error").asText();
            String awsPointer = apiError.substring(apiError.lastIndexOf(" at /") + 4, apiError.lastIndexOf('\''));
            List<String> caughtAt = new ArrayList<>();
            for (DefinitionExpressions.Found found : DefinitionExpressions.of(c.definition())) {
                check(found, new Tally()).ifPresent(error -> caughtAt.add(found.pointer()));
            }
            assertFalse(caughtAt.isEmpty(), c.id());
            assertTrue(caughtAt.stream().allMatch(p -> p.startsWith(awsPointer)), caughtAt + " vs " + awsPointer);
        }
    }

    @Test
    void intrinsicCallsAwsRanHaveNoArgumentProblems() {
        List<String> problems = new ArrayList<>();
        for (SharedCorpus.Case c : SharedCorpus.conformance()) {
            if (!acceptedByAws(c)) {
                continue;
            }
            for (DefinitionExpressions.Found found : DefinitionExpressions.of(c.definition())) {
                if (found.kind() == DefinitionExpressions.Kind.PAYLOAD_VALUE) {
                    IntrinsicParser.parseValue(found.text()).result().map(IntrinsicArguments::problems)
                            .ifPresent(p -> p.forEach(e -> problems.add(c.id() + " " + found.text() + " -> " + e)));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void expressionsInDefinitionsOtherValidatorsAcceptPass() {
        List<String> refused = new ArrayList<>();
        for (SharedCorpus.Case c : SharedCorpus.validation()) {
            if (c.definition() != null && c.expected().path("valid").asBoolean()) {
                for (DefinitionExpressions.Found found : DefinitionExpressions.of(c.definition())) {
                    check(found, new Tally())
                            .ifPresent(e -> refused.add(c.id() + " " + found.pointer() + " -> " + e));
                }
            }
        }
        assertEquals(List.of(), refused);
    }

    @Test
    void expressionsOtherValidatorsRefuseAtTheirPointerAreRefused() {
        int compared = 0;
        for (SharedCorpus.Case c : SharedCorpus.validation()) {
            if (c.definition() == null || c.expected().path("valid").asBoolean(true)) {
                continue;
            }
            Set<String> pointers = expressionFaultPointers(c.expected());
            for (DefinitionExpressions.Found found : DefinitionExpressions.of(c.definition())) {
                if (pointers.contains(found.pointer())) {
                    compared++;
                    assertTrue(check(found, new Tally()).isPresent() || !yieldsString(found), c.id() + " "
                            + found.pointer());
                }
            }
        }
        System.out.printf("query corpus: %d expressions other validators refuse at their pointer, all caught%n",
                compared);
        assertTrue(compared > 10, "the peer corpus was walked");
    }

    /** The pointers at which a peer reports a fault in an expression (not, say, Cause and CausePath together). */
    private static Set<String> expressionFaultPointers(JsonNode expected) {
        List<String> pointers = new ArrayList<>();
        expected.path("pointers").forEach(p -> pointers.add(p.asText()));
        if (pointers.isEmpty() && expected.path("pointer").isTextual()) {
            pointers.add(expected.path("pointer").asText());
        }
        Set<String> faults = new HashSet<>();
        JsonNode messages = expected.path("messages");
        for (int i = 0; i < pointers.size(); i++) {
            String message = messages.path(Math.min(i, messages.size() - 1)).asText();
            if (EXPRESSION_FAULTS.stream().anyMatch(message::contains)) {
                faults.add(pointers.get(i));
            }
        }
        return faults;
    }

    /** A Fail state's ErrorPath or CausePath must give a string: a path, or a call AWS lists as giving one. */
    private static boolean yieldsString(DefinitionExpressions.Found found) {
        boolean errorOrCause = found.pointer().endsWith("/ErrorPath") || found.pointer().endsWith("/CausePath");
        return !errorOrCause || IntrinsicParser.parseValue(found.text()).result()
                .map(v -> !(v instanceof IntrinsicExpression.Call call) || call.function().allowedInErrorOrCausePath())
                .orElse(true);
    }

    private static boolean acceptedByAws(SharedCorpus.Case c) {
        if (c.definition() == null || !c.definition().isObject()) {
            return false;
        }
        if (ACCEPTED_KINDS.contains(c.kind())) {
            return true;
        }
        JsonNode validation = c.expected().path("validate_response");
        return c.kind().equals("definition_validation") && validation.path("result").asText().equals("OK");
    }

    private static Optional<ExpressionError> check(DefinitionExpressions.Found found, Tally tally) {
        String text = found.text();
        return switch (found.kind()) {
            case PATH -> path(text, PathKind.PATH, tally);
            case REFERENCE_PATH -> path(text, PathKind.REFERENCE_PATH, tally);
            case RESULT_PATH -> path(text, PathKind.RESULT_PATH, tally);
            case JSONATA -> {
                tally.jsonata++;
                yield JsonataSyntax.checkField(text);
            }
            case PAYLOAD_VALUE -> {
                ParseResult<IntrinsicExpression> value = IntrinsicParser.parseValue(text);
                if (text.startsWith("$")) {
                    tally.paths++;
                } else {
                    tally.calls++;
                    value.result().ifPresent(v -> tally.nestedCalls += countCalls(v));
                }
                yield value.failure();
            }
        };
    }

    private static Optional<ExpressionError> path(String text, PathKind kind, Tally tally) {
        tally.paths++;
        return JsonPaths.check(text, kind).failure();
    }

    private static int countCalls(IntrinsicExpression expression) {
        if (!(expression instanceof IntrinsicExpression.Call call)) {
            return 0;
        }
        return 1 + call.arguments().stream().mapToInt(QueryCorpusTest::countCalls).sum();
    }

    private static final class Tally {
        int definitions;
        int calls;
        int nestedCalls;
        int paths;
        int jsonata;
    }
}
