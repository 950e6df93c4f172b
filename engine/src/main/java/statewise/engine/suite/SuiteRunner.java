package statewise.engine.suite;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.Diagnostic;
import statewise.engine.json.JsonMatch;
import statewise.engine.model.StateMachine;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.run.Interpreter;
import statewise.engine.run.PartialResolver;
import statewise.engine.run.TaskResolver;
import statewise.engine.run.TaskSources;
import statewise.engine.run.history.HistoryEvent;
import statewise.engine.run.mock.MockConfig;
import statewise.engine.run.mock.MockResolver;

/**
 * Runs a test suite against a definition: each case on the virtual clock with its mock test case's answers, checked
 * against its expectations, one after the other so a front end can show them as they finish.
 */
public final class SuiteRunner {

    private SuiteRunner() {
    }

    /**
     * What stops the suite from running at all, one sentence each: a mock test case that is not in the mock file
     * (or a mock test case without a mock file), a state in {@code Visits} or {@code Skips} the definition does not
     * have. Empty when it can run.
     */
    public static List<String> check(StateMachine machine, TestSuite suite, @Nullable MockConfig mocks) {
        Set<String> states = new HashSet<>();
        Coverage.of(machine, List.of()).states().forEach(s -> states.add(s.state()));
        List<String> problems = new ArrayList<>();
        for (SuiteCase testCase : suite.cases()) {
            String mockCase = testCase.mockTestCase();
            if (mockCase != null && mocks == null) {
                problems.add("test '" + testCase.name() + "' answers from mock test case '" + mockCase
                        + "', but there is no mock file (give one with \"Mocks\" or --mocks)");
            } else if (mockCase != null && mocks.select(suite.stateMachine(), mockCase).problem() != null) {
                problems.add("test '" + testCase.name() + "': " + mocks.select(suite.stateMachine(), mockCase)
                        .problem());
            }
            List<String> names = new ArrayList<>(testCase.expectation().visits());
            names.addAll(testCase.expectation().skips());
            names.stream().filter(n -> !states.contains(n)).distinct().forEach(n -> problems.add("test '"
                    + testCase.name() + "' names state '" + n + "', which the definition does not have"));
        }
        return problems;
    }

    /**
     * The mock test cases the suite's tests answer from, each checked once against the definition and the
     * {@code nested} state machines its runs start ({@link MockResolver#mismatches}): errors (a state the
     * definitions do not have) stop the suite as {@link #check}'s problems do, warnings are for the user to read.
     * Print each with {@code UserFile.line(mocks.source(), d)}.
     */
    public static List<Diagnostic> mockMismatches(StateMachine machine, TestSuite suite, @Nullable MockConfig mocks,
            Collection<StateMachine> nested) {
        if (mocks == null) {
            return List.of();
        }
        List<Diagnostic> mismatches = new ArrayList<>();
        suite.cases().stream().map(SuiteCase::mockTestCase).filter(Objects::nonNull).distinct().forEach(name -> {
            MockResolver resolver = mocks.select(suite.stateMachine(), name).resolver();
            if (resolver != null) {
                mismatches.addAll(resolver.mismatches(machine, nested));
            }
        });
        return mismatches;
    }

    /**
     * Runs every case; call {@link #check} first. {@code listener} hears each outcome as soon as it is known.
     *
     * @param request the request every case starts from (identity, limits, start time, AWS behaviour, activities);
     *                its input and resolver are replaced by the case's
     */
    public static SuiteReport run(ExecutionRequest request, TestSuite suite, @Nullable MockConfig mocks,
            Consumer<CaseOutcome> listener) {
        return run(request, suite, mocks, UnaryOperator.identity(), listener);
    }

    /**
     * Runs every case as {@link #run(ExecutionRequest, TestSuite, MockConfig, Consumer)} does, with
     * {@code services} (the local services of the definition's run settings, e.g. a folder standing in for S3 that
     * a distributed Map reads its items from) answering what the case's mocks do not: mocks come first
     * ({@link TaskSources}).
     */
    public static SuiteReport run(ExecutionRequest request, TestSuite suite, @Nullable MockConfig mocks,
            UnaryOperator<TaskResolver> services, Consumer<CaseOutcome> listener) {
        return run(request, suite, mocks, null, services, listener);
    }

    /**
     * Runs every case as {@link #run(ExecutionRequest, TestSuite, MockConfig, UnaryOperator, Consumer)} does, with a
     * recorded execution's results ({@code recorded} makes a fresh resolver for each case, as each run needs one)
     * answering the states the case's mocks do not, before the local services ({@link TaskSources}).
     */
    public static SuiteReport run(ExecutionRequest request, TestSuite suite, @Nullable MockConfig mocks,
            @Nullable Supplier<PartialResolver> recorded, UnaryOperator<TaskResolver> services,
            Consumer<CaseOutcome> listener) {
        List<CaseOutcome> outcomes = new ArrayList<>();
        CoverageTally tally = new CoverageTally();
        for (SuiteCase testCase : suite.cases()) {
            MockResolver resolver = testCase.mockTestCase() == null || mocks == null ? null
                    : mocks.select(suite.stateMachine(), testCase.mockTestCase()).resolver();
            TaskSources sources = new TaskSources(resolver, recorded == null ? null : recorded.get(), services, false);
            ExecutionRequest caseRequest = request.withInput(testCase.input().deepCopy())
                    .withResolver(sources.resolver());
            long start = System.nanoTime();
            ExecutionResult result = Interpreter.run(caseRequest, List.of(tally));
            tally.executionEnded();
            long millis = (System.nanoTime() - start) / 1_000_000;
            CaseOutcome outcome = new CaseOutcome(testCase, result, failures(testCase.expectation(), result), millis);
            outcomes.add(outcome);
            listener.accept(outcome);
        }
        return new SuiteReport(outcomes, Coverage.of(request.stateMachine(), tally));
    }

    /** A request for a suite: the definition on the virtual clock from {@code start}, as a local Standard run. */
    public static ExecutionRequest request(StateMachine machine, Instant start) {
        return ExecutionRequest.of(machine, JsonNodeFactory.instance.objectNode())
                .withStartTime(start);
    }

    /** Every expectation {@code result} misses, one sentence each, in the order the file lists them. */
    static List<String> failures(TestExpectation expected, ExecutionResult result) {
        List<String> failures = new ArrayList<>();
        if (expected.status() != null && expected.status() != result.status()) {
            failures.add("expected status " + expected.status() + ", was " + result.status() + ending(result));
        }
        if (expected.output() != null) {
            if (result.status() != ExecutionStatus.SUCCEEDED) {
                failures.add("expected an output, but the execution ended " + result.status() + ending(result));
            } else {
                JsonMatch.difference(expected.output(), result.output(), expected.outputIsSubset()).ifPresent(d ->
                        failures.add((expected.outputIsSubset() ? "output does not contain the expected members "
                                : "output differs ") + d));
            }
        }
        if (expected.error() != null && !expected.error().equals(result.error())) {
            failures.add("expected error " + expected.error() + ", was " + (result.error() == null ? "none"
                    : result.error()));
        }
        if (expected.cause() != null && !expected.cause().equals(result.cause())) {
            failures.add("expected cause \"" + expected.cause() + "\", was " + (result.cause() == null ? "none"
                    : "\"" + result.cause() + "\""));
        }
        Set<String> entered = entered(result.history());
        expected.visits().stream().filter(s -> !entered.contains(s))
                .forEach(s -> failures.add("expected to enter state '" + s + "', but it was not entered"));
        expected.skips().stream().filter(entered::contains)
                .forEach(s -> failures.add("expected not to enter state '" + s + "', but it was entered"));
        return failures;
    }

    private static String ending(ExecutionResult result) {
        return result.error() == null ? "" : " (" + result.error() + (result.cause() == null ? ""
                : ": " + result.cause()) + ")";
    }

    private static Set<String> entered(List<HistoryEvent> history) {
        Set<String> names = new HashSet<>();
        history.stream().filter(e -> e.type().awsName().endsWith("StateEntered") && e.details() != null)
                .forEach(e -> names.add(e.details().path("name").asText()));
        return names;
    }
}
