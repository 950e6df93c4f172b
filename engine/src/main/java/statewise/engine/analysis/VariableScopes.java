package statewise.engine.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;
import statewise.engine.model.Transition;

/**
 * The workflow variables in scope at each state of a state machine: what the editor offers after {@code $} and
 * what the debugger's variables view explains. A forward data flow over each state graph: a state may read every
 * variable assigned on some path from StartAt to it, by a state's {@code Assign}, by the Choice rule taken or by
 * the catcher taken. A Parallel branch or Map iteration starts with what its Parallel or Map state may read
 * (read-only: {@link ScopedVariable#outer()}), and what it assigns stays inside (AWS: "variables assigned in a
 * branch or iteration are not visible outside it"). A state's own Assign is not in its own scope: all of a state's
 * expressions see the variables as they were before it.
 *
 * <p>States are named by their JSON Pointer ({@code /States/A}, {@code /States/P/Branches/0/States/B},
 * {@code /States/M/ItemProcessor/States/C}), as the validator's diagnostics name them. States that no path
 * reaches from their graph's StartAt have no scope.
 */
public final class VariableScopes {

    private static final Comparator<ScopedVariable> ORDER = Comparator.comparing(ScopedVariable::name)
            .thenComparing(ScopedVariable::pointer);

    private final Map<String, List<ScopedVariable>> scopes;

    private VariableScopes(Map<String, List<ScopedVariable>> scopes) {
        this.scopes = scopes;
    }

    /** The scopes of a document's state machine; none for a single-state document or one that did not parse. */
    public static VariableScopes of(AslDocument document) {
        StateMachine machine = document.stateMachine();
        return machine == null ? new VariableScopes(Map.of()) : of(machine);
    }

    public static VariableScopes of(StateMachine machine) {
        Map<String, List<ScopedVariable>> scopes = new HashMap<>();
        new Flow(machine.defaultQueryLanguage(), scopes).graph(machine, JsonPointer.ROOT, List.of());
        return new VariableScopes(Map.copyOf(scopes));
    }

    /** Whether some path from its graph's StartAt reaches the state at {@code statePointer}. */
    public boolean reaches(String statePointer) {
        return scopes.containsKey(statePointer);
    }

    /**
     * The variables the state at {@code statePointer} may read, by name then by where they are assigned; empty for
     * a state that is not reached or does not exist.
     */
    public List<ScopedVariable> at(String statePointer) {
        return scopes.getOrDefault(statePointer, List.of());
    }

    /** The names of the variables the state at {@code statePointer} may read, in alphabetical order. */
    public Set<String> names(String statePointer) {
        Set<String> names = new LinkedHashSet<>();
        at(statePointer).forEach(v -> names.add(v.name()));
        return names;
    }

    /** One pass over a state machine, filling {@code scopes}. */
    private record Flow(QueryLanguage machineLanguage, Map<String, List<ScopedVariable>> scopes) {

        void graph(StateGraph graph, String graphPointer, List<ScopedVariable> outer) {
            String start = graph.startAt();
            if (start == null || !graph.states().containsKey(start)) {
                return;
            }
            Map<String, Map<String, ScopedVariable>> seen = new LinkedHashMap<>();
            seen.put(start, byPointer(outer));
            Deque<String> work = new ArrayDeque<>(List.of(start));
            while (!work.isEmpty()) {
                String name = work.pop();
                State state = graph.states().get(name);
                String pointer = statePointer(graphPointer, name);
                for (Transition t : Transition.of(state)) {
                    if (!graph.states().containsKey(t.target())) {
                        continue;
                    }
                    Map<String, ScopedVariable> in = new LinkedHashMap<>(seen.get(name));
                    assignedOn(name, state, pointer, t).forEach(v -> in.put(v.pointer(), v));
                    Map<String, ScopedVariable> target = seen.get(t.target());
                    if (target == null) {
                        seen.put(t.target(), in);
                        work.push(t.target());
                    } else if (addAll(target, in)) {
                        work.push(t.target());
                    }
                }
            }
            seen.forEach((name, visible) -> {
                String pointer = statePointer(graphPointer, name);
                List<ScopedVariable> sorted = new ArrayList<>(visible.values());
                sorted.sort(ORDER);
                scopes.put(pointer, List.copyOf(sorted));
                children(graph.states().get(name), pointer, sorted);
            });
        }

        private void children(State state, String pointer, List<ScopedVariable> visible) {
            List<ScopedVariable> outer = visible.stream().map(ScopedVariable::asOuter).toList();
            if (state instanceof ParallelState p && p.branches() != null) {
                String branches = JsonPointer.child(pointer, "Branches");
                for (int i = 0; i < p.branches().size(); i++) {
                    graph(p.branches().get(i), JsonPointer.child(branches, i), outer);
                }
            } else if (state instanceof MapState m && m.processor() != null) {
                String field = m.itemProcessor() != null ? "ItemProcessor" : "Iterator";
                graph(m.processor(), JsonPointer.child(pointer, field), outer);
            }
        }

        /** What a transition assigns: the state's Assign (not on a catcher), the Choice rule's, the catcher's. */
        private List<ScopedVariable> assignedOn(String name, State state, String pointer, Transition t) {
            List<ScopedVariable> sites = new ArrayList<>();
            QueryLanguage language = state.effectiveQueryLanguage(machineLanguage);
            if (t.kind() == Transition.Kind.CATCH) {
                String at = JsonPointer.child(JsonPointer.child(pointer, "Catch"), t.index());
                sites(state.catchers().get(t.index()).assign(), name, at, language, sites);
                return sites;
            }
            sites(state.assign(), name, pointer, language, sites);
            if (t.kind() == Transition.Kind.CHOICE) {
                String at = JsonPointer.child(JsonPointer.child(pointer, "Choices"), t.index());
                sites(((ChoiceState) state).choices().get(t.index()).assign(), name, at, language, sites);
            }
            return sites;
        }

        private static void sites(@Nullable JsonNode assign, String stateName, String owner, QueryLanguage language,
                List<ScopedVariable> sites) {
            if (assign == null || !assign.isObject()) {
                return;
            }
            String at = JsonPointer.child(owner, "Assign");
            for (Iterator<String> it = assign.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                String variable = key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
                sites.add(new ScopedVariable(variable, stateName, JsonPointer.child(at, key), language, false));
            }
        }

        private static boolean addAll(Map<String, ScopedVariable> target, Map<String, ScopedVariable> more) {
            boolean changed = false;
            for (Map.Entry<String, ScopedVariable> e : more.entrySet()) {
                changed |= target.putIfAbsent(e.getKey(), e.getValue()) == null;
            }
            return changed;
        }

        private static Map<String, ScopedVariable> byPointer(List<ScopedVariable> variables) {
            Map<String, ScopedVariable> map = new LinkedHashMap<>();
            variables.forEach(v -> map.put(v.pointer(), v));
            return map;
        }

        private static String statePointer(String graphPointer, String name) {
            return JsonPointer.child(JsonPointer.child(graphPointer, "States"), name);
        }
    }
}
