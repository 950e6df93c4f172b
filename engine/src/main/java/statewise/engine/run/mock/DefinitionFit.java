package statewise.engine.run.mock;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.Severity;
import statewise.engine.document.SourceSpan;
import statewise.engine.model.Branch;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;
import statewise.engine.model.TaskState;

/**
 * Checks one test case of a mock file against the definitions a run uses, before the run starts, so that a mock
 * file written for another version of the workflow fails at once at the line that names the missing state, instead
 * of when (or never, if) the run reaches it. A state the definitions do not have is an error; a state that is not a
 * Task is a warning, because only Task states call a service: Step Functions Local never consults such a mock, and
 * neither does a run here.
 */
final class DefinitionFit {

    /** How many Task state names a message lists before it only counts the rest. */
    private static final int LISTED = 20;

    private DefinitionFit() {
    }

    /**
     * The mismatches of {@code states} (test case {@code testCase} of state machine {@code stateMachine}) against
     * {@code definition} and {@code nested}, in the order the file lists them.
     */
    static List<Diagnostic> check(MockConfig config, String stateMachine, String testCase, Map<String, String> states,
            StateMachine definition, Collection<StateMachine> nested) {
        Map<String, State> all = new LinkedHashMap<>();
        collect(definition, all);
        nested.forEach(machine -> collect(machine, all));
        List<Diagnostic> problems = new ArrayList<>();
        for (String state : states.keySet()) {
            State found = all.get(state);
            String pointer = MockConfig.pointer(stateMachine, testCase, state);
            SourceSpan span = config.places().getOrDefault(pointer, SourceSpan.at(0, 1, 1));
            if (found == null) {
                problems.add(new Diagnostic(DiagnosticCode.INVALID_VALUE.id(), Severity.ERROR, "State '" + state
                        + "' in test case '" + testCase + "' is not in the state machine '" + stateMachine + "'"
                        + (nested.isEmpty() ? "" : " or the state machines it starts") + " (" + taskList(all)
                        + "); rename or remove it.", pointer, span));
            } else if (!(found instanceof TaskState)) {
                problems.add(new Diagnostic(DiagnosticCode.NO_EFFECT.id(), Severity.WARNING, "State '" + state
                        + "' in test case '" + testCase + "' is a " + found.type().aslName() + " state: only Task "
                        + "states call services, so this mock is never used (Step Functions Local ignores it too).",
                        pointer, span));
            }
        }
        problems.sort(Diagnostic.READING_ORDER);
        return problems;
    }

    private static String taskList(Map<String, State> all) {
        List<String> tasks = all.entrySet().stream().filter(e -> e.getValue() instanceof TaskState)
                .map(Map.Entry::getKey).toList();
        if (tasks.isEmpty()) {
            return "it has no Task states";
        }
        String listed = String.join(", ", tasks.subList(0, Math.min(LISTED, tasks.size())));
        return "Task states: " + listed + (tasks.size() > LISTED ? ", and " + (tasks.size() - LISTED) + " more" : "");
    }

    /** Every state of {@code graph} by name, those in Parallel branches and Map bodies included. */
    private static void collect(StateGraph graph, Map<String, State> into) {
        graph.states().forEach((name, state) -> {
            into.merge(name, state, (earlier, later) -> earlier instanceof TaskState ? earlier : later);
            if (state instanceof ParallelState parallel) {
                Objects.requireNonNullElse(parallel.branches(), List.<Branch>of()).forEach(b -> collect(b, into));
            } else if (state instanceof MapState map && map.processor() != null) {
                collect(map.processor(), into);
            }
        });
    }
}
