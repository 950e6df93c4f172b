package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;
import statewise.engine.run.AwsBehaviour;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.Interpreter;
import statewise.engine.run.Limits;

/**
 * Runs conformance cases: each runnable case executes under its own identity, on a virtual clock starting when the
 * recording ran, behaving as AWS did that day ({@link AwsBehaviour}), with AWS's limits and Task results from its
 * mock or its recorded history; our answer is then normalised and compared with AWS's. TestState cases run through
 * the TestState API ({@link TestStateRunner}).
 * Kinds that need another API (validation, StartExecution errors) are skipped for now, as are cases whose recorded
 * status needed an outside act.
 */
public final class ConformanceRunner {

    /** Runs one execution: the interpreter, or a stand-in in tests of the harness itself. */
    @FunctionalInterface
    public interface Engine {
        ExecutionResult run(ExecutionRequest request) throws Exception;
    }

    /** The kinds that run as executions. */
    public static final Set<String> RUNNABLE_KINDS = Set.of("execution", "express_sync_execution",
            "express_async_execution");

    private final Engine engine;
    private final @Nullable Path objects;

    public ConformanceRunner(Engine engine) {
        this(engine, null);
    }

    private ConformanceRunner(Engine engine, @Nullable Path objects) {
        this.engine = engine;
        this.objects = objects;
    }

    /**
     * A runner whose distributed-Map cases read and write S3 objects as local files ({@link CaseObjects}):
     * {@code folder/<case id>/BUCKET/KEY} holds what a case's test put in S3 before it ran.
     */
    public ConformanceRunner withObjects(Path folder) {
        return new ConformanceRunner(engine, folder);
    }

    /** A runner on the interpreter. */
    public static ConformanceRunner interpreter() {
        return new ConformanceRunner(Interpreter::run);
    }

    /** Why a case is not run, or null when it is. */
    public static @Nullable String skipReason(ConformanceCase testCase) {
        if (!RUNNABLE_KINDS.contains(testCase.kind())) {
            return "kind " + testCase.kind() + " is not run yet";
        }
        return switch (testCase.expected().status()) {
            case "RUNNING" -> "recorded before the execution ended";
            case "ABORTED" -> "the recorded status needs a stop request";
            default -> null;
        };
    }

    public ConformanceReport runAll(List<ConformanceCase> cases, Consumer<CaseResult> listener) {
        List<CaseResult> results = new ArrayList<>();
        for (ConformanceCase testCase : cases) {
            CaseResult result = run(testCase);
            listener.accept(result);
            results.add(result);
        }
        return new ConformanceReport(results);
    }

    public CaseResult run(ConformanceCase testCase) {
        if (TestStateRunner.KINDS.contains(testCase.kind())) {
            return TestStateRunner.run(testCase);
        }
        String skip = skipReason(testCase);
        if (skip != null) {
            return CaseResult.skipped(testCase, skip);
        }
        AslDocument document = AslParser.parse(testCase.definition().toString(), DocumentFormat.JSON);
        StateMachine machine = document.stateMachine();
        if (machine == null || document.hasSyntaxErrors()) {
            String why = document.diagnostics().stream().findFirst().map(Diagnostic::message).orElse("no model");
            return CaseResult.error(testCase, "the definition does not parse: " + why);
        }
        ExecutionResult result;
        try (CaseObjects store = CaseObjects.of(testCase, objects)) {
            ExecutionRequest request = request(testCase, machine);
            result = engine.run(store == null ? request : request.withResolver(store.resolver(request.resolver())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CaseResult.error(testCase, "interrupted");
        } catch (Exception | StackOverflowError e) {
            return CaseResult.error(testCase, "the interpreter threw " + describe(e));
        }
        Comparison comparison = ResultComparator.compare(testCase, Normalizer.forCase(testCase).normalize(result));
        return CaseResult.compared(testCase, result, comparison);
    }

    /**
     * The request a case runs as: AWS as it behaved on the day the case was recorded, with the activities that
     * existed then.
     */
    public static ExecutionRequest request(ConformanceCase testCase, StateMachine machine) {
        JsonNode input = testCase.input() == null ? JsonNodeFactory.instance.objectNode() : testCase.input();
        return ExecutionRequest.of(machine, input).withIdentity(testCase.identity()).withType(testCase.type())
                .withStartTime(testCase.startTime()).withResolver(CaseResolvers.forCase(testCase))
                .withLimits(Limits.AWS).withSynchronous(testCase.kind().equals("express_sync_execution"))
                .withBehaviour(AwsBehaviour.asOf(testCase.startTime()))
                .withActivities(CaseResolvers.activities(testCase));
    }

    /** The exception and where it was thrown: enough to find the bug without a stack trace per case. */
    private static String describe(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String at = trace.length == 0 ? "" : " at " + trace[0].getClassName() + "." + trace[0].getMethodName() + "("
                + trace[0].getFileName() + ":" + trace[0].getLineNumber() + ")";
        return e + at;
    }
}
