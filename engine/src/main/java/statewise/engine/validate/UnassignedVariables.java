package statewise.engine.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.Transition;

/**
 * Warns where a state reads a workflow variable that no state on any path before it assigns. A forward data-flow
 * over each graph: a state may see every variable assigned on some path from StartAt to it (by a state's
 * {@code Assign}, by the taken Choice rule's, or by the taken catcher's); a Parallel branch or Map iteration starts
 * with what its Parallel or Map state may see, and what it assigns stays inside (ASL's scoping rules). A state's
 * own Assign is not visible to its own fields: "all of a state's Assign expressions see the values from before the
 * state".
 */
final class UnassignedVariables implements Rule {

    @Override
    public void check(ValidationContext context) {
        if (context.isSingleState() || context.machine() == null) {
            return;
        }
        Map<State, StateVisit> visits = new IdentityHashMap<>();
        context.states().forEach(v -> visits.put(v.state(), v));
        flow(context, context.machine(), Set.of(), visits);
    }

    private static void flow(ValidationContext context, StateGraph graph, Set<String> outer,
            Map<State, StateVisit> visits) {
        Map<String, Set<String>> seen = new HashMap<>();
        String start = graph.startAt();
        if (start == null || !graph.states().containsKey(start)) {
            return;
        }
        seen.put(start, new HashSet<>(outer));
        Deque<String> work = new ArrayDeque<>(List.of(start));
        while (!work.isEmpty()) {
            String name = work.pop();
            State state = graph.states().get(name);
            for (Transition t : Transition.of(state)) {
                if (!graph.states().containsKey(t.target())) {
                    continue;
                }
                Set<String> in = new HashSet<>(seen.get(name));
                in.addAll(assignedOn(state, t));
                Set<String> target = seen.get(t.target());
                if (target == null) {
                    seen.put(t.target(), in);
                    work.push(t.target());
                } else if (target.addAll(in)) {
                    work.push(t.target());
                }
            }
        }
        seen.forEach((name, visible) -> {
            State state = graph.states().get(name);
            report(context, visits.get(state), visible);
            for (StateGraph child : children(state)) {
                flow(context, child, visible, visits);
            }
        });
    }

    private static void report(ValidationContext context, @Nullable StateVisit v, Set<String> visible) {
        if (v == null) {
            return;
        }
        Set<String> reported = new HashSet<>();
        for (VariableReads.Read read : VariableReads.of(v)) {
            if (!visible.contains(read.name()) && reported.add(read.name() + read.pointer())) {
                context.report(DiagnosticCode.VARIABLE_NOT_ASSIGNED, "The variable $" + read.name() + " is read"
                        + " here, but no state before '" + v.name() + "' assigns it (with Assign).", read.pointer());
            }
        }
    }

    /** The variables a transition assigns: the state's Assign (not on a catcher), the rule's, the catcher's. */
    private static Set<String> assignedOn(State state, Transition t) {
        Set<String> names = new HashSet<>();
        if (t.kind() == Transition.Kind.CATCH) {
            names(state.catchers().get(t.index()).assign(), names);
            return names;
        }
        names(state.assign(), names);
        if (t.kind() == Transition.Kind.CHOICE) {
            names(((ChoiceState) state).choices().get(t.index()).assign(), names);
        }
        return names;
    }

    private static void names(@Nullable JsonNode assign, Set<String> names) {
        if (assign == null || !assign.isObject()) {
            return;
        }
        for (Iterator<String> it = assign.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            names.add(key.endsWith(".$") ? key.substring(0, key.length() - 2) : key);
        }
    }

    private static List<StateGraph> children(State state) {
        if (state instanceof ParallelState p && p.branches() != null) {
            return List.<StateGraph>copyOf(p.branches());
        }
        if (state instanceof MapState m && m.processor() != null) {
            return List.of(m.processor());
        }
        return List.of();
    }
}
