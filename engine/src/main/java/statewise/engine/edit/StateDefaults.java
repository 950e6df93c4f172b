package statewise.engine.edit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;
import statewise.engine.model.StateType;

/**
 * The state a palette item drops, as Workflow Studio makes it: a Task is a Lambda invoke (with Workflow Studio's
 * retrier for Lambda's transient errors) whose function the author still has to choose, a Wait waits 5 seconds,
 * a Parallel has two branches and a Map an inline item processor, each with a Pass state so that the result is
 * valid at once. Fields follow the state machine's query language.
 */
final class StateDefaults {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The function name a new Lambda Task starts with, until the author picks one in the inspector. */
    static final String FUNCTION_PLACEHOLDER = "${FunctionName}";

    private StateDefaults() {
    }

    /**
     * A new state of {@code type} going to {@code next} (or ending when null; a Choice needs a target). Names of
     * the states inside a new Parallel or Map are chosen against the names {@code taken} gives (asked for only
     * then), which receive them.
     */
    static State create(StateType type, QueryLanguage language, @Nullable String next,
            Supplier<Set<String>> taken) {
        ObjectNode state = NODES.objectNode().put("Type", type.aslName());
        switch (type) {
            case TASK -> lambdaInvoke(state, language);
            case WAIT -> state.put("Seconds", 5);
            case CHOICE -> {
                if (next == null) {
                    throw new IllegalArgumentException("A new Choice state needs a state to go to.");
                }
                state.putArray("Choices").add(Edges.newRule(next, language));
                state.put("Default", next);
            }
            case PARALLEL -> {
                ArrayNode branches = state.putArray("Branches");
                Set<String> names = taken.get();
                branches.add(passGraph(names));
                branches.add(passGraph(names));
            }
            case MAP -> {
                ObjectNode processor = passGraph(taken.get());
                processor.set("ProcessorConfig", NODES.objectNode().put("Mode", "INLINE"));
                state.set("ItemProcessor", processor);
            }
            case UNKNOWN -> throw new IllegalArgumentException("A new state needs one of the ASL state types.");
            default -> {
            }
        }
        if (!type.isTerminal() && type != StateType.CHOICE) {
            if (next == null) {
                state.put("End", true);
            } else {
                state.put("Next", next);
            }
        }
        return StateTrees.bind(state);
    }

    private static void lambdaInvoke(ObjectNode state, QueryLanguage language) {
        state.put("Resource", "arn:aws:states:::lambda:invoke");
        if (language == QueryLanguage.JSONATA) {
            state.putObject("Arguments").put("FunctionName", FUNCTION_PLACEHOLDER)
                    .put("Payload", "{% $states.input %}");
            state.put("Output", "{% $states.result.Payload %}");
        } else {
            state.putObject("Parameters").put("FunctionName", FUNCTION_PLACEHOLDER).put("Payload.$", "$");
            state.put("OutputPath", "$.Payload");
        }
        ObjectNode retrier = state.putArray("Retry").addObject();
        ArrayNode errors = retrier.putArray("ErrorEquals");
        for (String error : new String[] {"Lambda.ServiceException", "Lambda.AWSLambdaException",
                "Lambda.SdkClientException", "Lambda.TooManyRequestsException"}) {
            errors.add(error);
        }
        retrier.put("IntervalSeconds", 1).put("MaxAttempts", 3).put("BackoffRate", 2).put("JitterStrategy", "FULL");
    }

    /** {@code {"StartAt": p, "States": {p: {"Type": "Pass", "End": true}}}} with a fresh name {@code p}. */
    private static ObjectNode passGraph(Set<String> taken) {
        String name = Names.unique("Pass", taken);
        taken.add(name);
        ObjectNode graph = NODES.objectNode().put("StartAt", name);
        graph.putObject("States").putObject(name).put("Type", "Pass").put("End", true);
        return graph;
    }
}
