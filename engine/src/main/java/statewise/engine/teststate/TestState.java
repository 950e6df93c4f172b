package statewise.engine.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.Limits;
import statewise.engine.run.StateProbe;
import statewise.engine.run.TaskOutcome;
import statewise.engine.run.TaskResolver;
import statewise.engine.run.history.HistoryEvent;
import statewise.engine.validate.Validator;

/**
 * AWS's TestState API, locally: runs one state of a definition with a given input (and, for tasks, a mocked result
 * or error, or the request's resolver) and answers as TestState does: status, output or error and cause, the next
 * state and, at DEBUG and TRACE, the data-flow stages. Used by {@code statewise test-state} and the designer's
 * data-flow preview. The state runs through the interpreter ({@link StateProbe}); retries are not waited for but
 * reported ({@link TestStatus#RETRIABLE}), as AWS does.
 */
public final class TestState {

    private TestState() {
    }

    /**
     * Tests the request's state.
     *
     * @throws TestStateException when AWS would refuse the request (unknown state, a mock the state cannot have, an
     *                            invalid definition or context object), with AWS's code and message
     */
    public static TestStateResult run(TestStateRequest request) throws TestStateException {
        LocatedState located = LocatedState.locate(request.definition(), request.stateName());
        JsonNode context = TestContext.of(request, located);
        MapFigures figures = MapFigures.of(located, request.input(), request.variables(), () -> context);
        MockPlan plan = MockPlan.of(request, located, figures);
        validate(located);
        StateMachine machine = machine(SyntheticMachine.of(located));
        ExecutionRequest execution = ExecutionRequest.of(machine, request.input()).withIdentity(request.identity())
                .withStartTime(request.startTime()).withResolver(resolver(request, plan)).withLimits(Limits.AWS);
        StateProbe.Report report = StateProbe.probe(execution, request.variables(), context);
        return answer(request, located, report, figures, context);
    }

    private static TestStateResult answer(TestStateRequest request, LocatedState located, StateProbe.Report report,
            MapFigures figures, JsonNode context) {
        String error = report.error();
        Recovery recovery = (report.taskFailed() || report.failed()) && error != null
                ? Recovery.of(located.state(), error, request.configuration().retrierRetryCount()) : null;
        ObjectNode inspection = request.level() == InspectionLevel.INFO ? null
                : Inspection.of(request, located, report, figures, context, recovery);
        if (recovery != null && recovery.retriable()) {
            return new TestStateResult(TestStatus.RETRIABLE, null, error, report.cause(), null, inspection, Map.of());
        }
        if (report.failed()) {
            return new TestStateResult(TestStatus.FAILED, null, error, report.cause(), null, inspection, Map.of());
        }
        TestStatus status = report.taskFailed() ? TestStatus.CAUGHT_ERROR : TestStatus.SUCCEEDED;
        return new TestStateResult(status, report.output(), status == TestStatus.CAUGHT_ERROR ? error : null,
                status == TestStatus.CAUGHT_ERROR ? report.cause() : null, report.nextState(), inspection,
                assigned(report));
    }

    /** The variables the state assigned: its exited event's (or, when caught, its catcher's) assignments. */
    private static Map<String, JsonNode> assigned(StateProbe.Report report) {
        Map<String, JsonNode> assigned = new LinkedHashMap<>();
        for (HistoryEvent event : report.history()) {
            ObjectNode details = event.details();
            JsonNode variables = details == null ? null : details.get("assignedVariables");
            if (variables != null && variables.isObject()) {
                variables.fields().forEachRemaining(e -> assigned.put(e.getKey(), e.getValue()));
            }
        }
        return assigned;
    }

    private static TaskResolver resolver(TestStateRequest request, @Nullable MockPlan plan) {
        if (plan == null) {
            return request.resolver();
        }
        if (plan.fails()) {
            TaskOutcome failure = TaskOutcome.failure(plan.error() == null ? "" : plan.error(), plan.cause());
            return call -> failure;
        }
        TaskOutcome success = TaskOutcome.success(plan.result());
        return call -> success;
    }

    /** The state as written must be valid where it stands (AWS validates it before testing). */
    private static void validate(LocatedState located) throws TestStateException {
        ObjectNode wrapper = SyntheticMachine.of(located);
        ((ObjectNode) wrapper.get("States")).set(located.name(), located.state().deepCopy());
        AslDocument document = AslParser.parse(wrapper.toString(), DocumentFormat.JSON);
        List<Diagnostic> errors = Validator.validate(document).stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            Diagnostic first = errors.get(0);
            throw TestStateException.invalidDefinition("Invalid State Machine Definition: '" + awsCode(first) + ": "
                    + withoutFinalStop(first.message()) + " at " + first.pointer() + "'");
        }
    }

    /** The codes of faults in a definition's shape: what AWS reports as SCHEMA_VALIDATION_FAILED. */
    private static final Set<String> SCHEMA_CODES = Stream.of(DiagnosticCode.WRONG_TYPE, DiagnosticCode.MISSING_FIELD,
            DiagnosticCode.UNKNOWN_FIELD, DiagnosticCode.UNKNOWN_STATE_TYPE, DiagnosticCode.INVALID_VALUE,
            DiagnosticCode.CONFLICTING_FIELDS, DiagnosticCode.QUERY_LANGUAGE_FIELD).map(DiagnosticCode::id)
            .collect(Collectors.toUnmodifiableSet());

    /** AWS names the faults in a definition's shape SCHEMA_VALIDATION_FAILED; the others keep our code. */
    private static String awsCode(Diagnostic diagnostic) {
        return SCHEMA_CODES.contains(diagnostic.code()) ? "SCHEMA_VALIDATION_FAILED" : diagnostic.code();
    }

    /** AWS writes "Value cannot be empty at /States/S", without the stop our messages end with. */
    private static String withoutFinalStop(String message) {
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    private static StateMachine machine(ObjectNode definition) throws TestStateException {
        AslDocument document = AslParser.parse(definition.toString(), DocumentFormat.JSON);
        StateMachine machine = document.stateMachine();
        if (machine == null || document.hasErrors()) {
            String why = document.diagnostics().stream().findFirst().map(Diagnostic::message).orElse("no model");
            throw TestStateException.invalidDefinition("Invalid State Machine Definition: '" + why + "'");
        }
        return machine;
    }
}
