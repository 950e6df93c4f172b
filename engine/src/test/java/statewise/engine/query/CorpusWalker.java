package statewise.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.FailState;
import statewise.engine.model.PassState;
import statewise.engine.model.PathField;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.model.SucceedState;

/**
 * A test-only interpreter for state machines made of Pass, Choice, Succeed and Fail states in JSONPath mode,
 * built on the evaluators of this package, so that the AWS-recorded corpus can check them before the real
 * interpreter exists. It follows AWS's order: InputPath, Parameters, the result, Assign (reading the result),
 * ResultPath (into the raw input), OutputPath, and only then the new variables.
 */
final class CorpusWalker {

    /** How an execution ended: the output, or the error and cause. */
    record Outcome(@Nullable JsonNode output, @Nullable String error, @Nullable String cause) {
    }

    private final StateMachine machine;
    private final ContextObjects context;
    private final RandomGenerator random;
    private final Map<String, JsonNode> variables = new HashMap<>();
    private int eventId = 2;

    CorpusWalker(StateMachine machine, ContextObjects context, RandomGenerator random) {
        this.machine = machine;
        this.context = context;
        this.random = random;
    }

    Outcome run(JsonNode executionInput) {
        String name = machine.startAt();
        JsonNode input = executionInput;
        for (int step = 0; step < 1000 && name != null; step++) {
            State state = machine.states().get(name);
            PathScope scope = new PathScope(input, context.forState(name), variables::get);
            int entered = eventId;
            try {
                if (state instanceof FailState fail) {
                    return fail(fail, scope);
                }
                Transition transition = step(state, scope);
                if (transition.next() == null) {
                    return new Outcome(transition.output(), null, null);
                }
                name = transition.next();
                input = transition.output();
                eventId += 2;
            } catch (QueryFailure e) {
                return new Outcome(null, e.error(), "An error occurred while executing the state '" + name
                        + "' (entered at the event id #" + entered + "). " + e.cause());
            }
        }
        throw new IllegalStateException("the walk did not end: " + name);
    }

    private record Transition(JsonNode output, @Nullable String next) {
    }

    private Transition step(State state, PathScope scope) {
        if (state instanceof PassState pass) {
            return pass(pass, scope);
        }
        if (state instanceof ChoiceState choice) {
            return choice(choice, scope);
        }
        if (state instanceof SucceedState succeed) {
            JsonNode effective = path(succeed.inputPath(), scope, "InputPath");
            return new Transition(path(succeed.outputPath(), scope.withInput(effective), "OutputPath"), null);
        }
        throw new IllegalArgumentException("not walked here: " + state.type());
    }

    private Transition pass(PassState pass, PathScope scope) {
        JsonNode effective = path(pass.inputPath(), scope, "InputPath");
        JsonNode result = pass.result() != null ? pass.result() : pass.parameters() != null
                ? PayloadTemplates.evaluate(pass.parameters(), scope.withInput(effective), "Parameters", random)
                : effective;
        Map<String, JsonNode> assigned = assign(pass.assign(), scope.withInput(result));
        JsonNode placed = pass.resultPath() == null ? result
                : JsonPathEvaluator.placeResult(scope.input(), pass.resultPath().path(), result);
        JsonNode output = path(pass.outputPath(), scope.withInput(placed), "OutputPath");
        variables.putAll(assigned);
        return new Transition(output, Boolean.TRUE.equals(pass.end()) ? null : pass.next());
    }

    private Transition choice(ChoiceState choice, PathScope scope) {
        JsonNode effective = path(choice.inputPath(), scope, "InputPath");
        PathScope inner = scope.withInput(effective);
        String next = choice.defaultState();
        JsonNode assign = choice.assign();
        for (ChoiceRule rule : choice.choices() == null ? List.<ChoiceRule>of() : choice.choices()) {
            if (ChoiceEvaluator.matches(rule.condition(), inner)) {
                next = rule.next();
                assign = rule.assign();
                break;
            }
        }
        if (next == null) {
            throw new QueryFailure("States.NoChoiceMatched", "No Choice Rule matched and no Default is set");
        }
        Map<String, JsonNode> assigned = assign(assign, inner);
        JsonNode output = path(choice.outputPath(), inner, "OutputPath");
        variables.putAll(assigned);
        return new Transition(output, next);
    }

    private Outcome fail(FailState fail, PathScope scope) {
        String error = fail.errorPath() != null ? text(fail.errorPath(), scope, "ErrorPath") : fail.error();
        String cause = fail.causePath() != null ? text(fail.causePath(), scope, "CausePath") : fail.cause();
        return new Outcome(null, error, cause);
    }

    private String text(String expression, PathScope scope, String field) {
        JsonNode value = PayloadTemplates.evaluateExpression(expression, scope, field, random);
        return value.isTextual() ? value.textValue() : value.toString();
    }

    private static JsonNode path(@Nullable PathField field, PathScope scope, String name) {
        if (field == null) {
            return scope.input();
        }
        return field.isNull() ? JsonText.NODES.objectNode() : JsonPathEvaluator.select(field.path(), scope, name);
    }

    private Map<String, JsonNode> assign(@Nullable JsonNode assign, PathScope scope) {
        if (assign == null) {
            return Map.of();
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        JsonNode evaluated = PayloadTemplates.evaluate(assign, scope, "Assign", random);
        for (Iterator<Map.Entry<String, JsonNode>> it = evaluated.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            values.put(member.getKey(), member.getValue());
        }
        return values;
    }

    /** The context object of one execution of a corpus case, per state. */
    record ContextObjects(JsonNode caseContext, JsonNode executionInput) {

        static final String START_TIME = "2024-05-01T10:00:00.000Z";
        static final String ENTERED_TIME = "2024-05-01T10:00:00.100Z";

        JsonNode forState(String stateName) {
            ObjectNode root = JsonText.NODES.objectNode();
            ObjectNode execution = root.putObject("Execution");
            execution.put("Id", caseContext.path("execution_arn").asText());
            execution.set("Input", executionInput);
            execution.put("StartTime", START_TIME);
            execution.put("Name", caseContext.path("execution_name").asText());
            execution.put("RoleArn", caseContext.path("role_arn").asText());
            execution.put("RedriveCount", 0);
            ObjectNode stateMachine = root.putObject("StateMachine");
            stateMachine.put("Id", caseContext.path("state_machine_arn").asText());
            stateMachine.put("Name", caseContext.path("state_machine_name").asText());
            ObjectNode state = root.putObject("State");
            state.put("Name", stateName);
            state.put("EnteredTime", ENTERED_TIME);
            return root;
        }
    }
}
