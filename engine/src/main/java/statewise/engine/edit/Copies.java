package statewise.engine.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import statewise.engine.model.Branch;
import statewise.engine.model.ItemProcessor;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;

/**
 * Puts copies of states into a graph, for duplicate and paste. Every copy, and every state nested in a copied
 * Parallel or Map, gets a name that is free in the whole state machine ({@code A} becomes {@code A (1)}). A
 * transition between copied states follows the copies; one to a state that was not copied stays when the target
 * graph has a state of that name, and is dropped otherwise ({@code Next} becomes {@code "End": true}). Copies from
 * a JSONata state machine into a JSONPath one say {@code "QueryLanguage": "JSONata"} themselves.
 */
final class Copies {

    /** The state machine with the copies added at the end of the graph, and the copies by their new names. */
    record Result(StateMachine machine, Map<String, State> copies) {
    }

    private Copies() {
    }

    static Result add(StateMachine machine, String graph, Map<String, State> originals, QueryLanguage language) {
        Set<String> inGraph = Graphs.require(machine, graph).states().keySet();
        Set<String> taken = Graphs.allNames(machine);
        Map<String, String> names = new LinkedHashMap<>();
        for (String name : originals.keySet()) {
            String fresh = Names.unique(name, taken);
            taken.add(fresh);
            names.put(name, fresh);
        }
        Reroute.Plan plan = target -> names.containsKey(target) ? names.get(target)
                : inGraph.contains(target) ? target : null;
        boolean mark = language == QueryLanguage.JSONATA && machine.defaultQueryLanguage() != QueryLanguage.JSONATA;
        Map<String, State> copies = new LinkedHashMap<>();
        originals.forEach((name, state) -> {
            State copy = renameNested(Reroute.apply(state, plan), taken);
            copies.put(names.get(name), mark ? everywhere(copy, Copies::jsonata) : copy);
        });
        StateMachine result = Graphs.update(machine, graph, parts -> {
            Map<String, State> states = new LinkedHashMap<>(parts.states());
            states.putAll(copies);
            return new Graphs.Parts(parts.startAt(), states);
        });
        return new Result(result, copies);
    }

    /** The state with every state nested in it renamed to a free name, references inside each graph following. */
    private static State renameNested(State state, Set<String> taken) {
        return nested(state, graph -> {
            Map<String, String> names = new LinkedHashMap<>();
            for (String name : graph.states().keySet()) {
                String fresh = Names.unique(name, taken);
                taken.add(fresh);
                names.put(name, fresh);
            }
            Map<String, State> states = new LinkedHashMap<>();
            graph.states().forEach((name, s) -> states.put(names.get(name),
                    renameNested(Reroute.apply(s, target -> names.getOrDefault(target, target)), taken)));
            String start = graph.startAt();
            return Graphs.with(graph, new Graphs.Parts(start == null ? null : names.getOrDefault(start, start),
                    states));
        });
    }

    /** The state and every state nested in it changed by {@code change}, innermost first. */
    private static State everywhere(State state, UnaryOperator<State> change) {
        State inner = nested(state, graph -> {
            Map<String, State> states = new LinkedHashMap<>();
            graph.states().forEach((name, s) -> states.put(name, everywhere(s, change)));
            return Graphs.with(graph, new Graphs.Parts(graph.startAt(), states));
        });
        return change.apply(inner);
    }

    private static State jsonata(State state) {
        return state.queryLanguage() != null || !StateTrees.isObject(state) ? state
                : StateTrees.edit(state, tree -> tree.put("QueryLanguage", QueryLanguage.JSONATA.aslName()));
    }

    /** The state with each graph directly nested in it (branches, item processor) changed by {@code change}. */
    private static State nested(State state, UnaryOperator<StateGraph> change) {
        if (state instanceof ParallelState parallel && parallel.branches() != null) {
            List<Branch> branches = new ArrayList<>();
            parallel.branches().forEach(b -> branches.add((Branch) change.apply(b)));
            return Graphs.withBranches(parallel, branches);
        }
        if (state instanceof MapState map) {
            MapState out = map;
            if (map.itemProcessor() != null) {
                out = Graphs.withProcessor(out, (ItemProcessor) change.apply(map.itemProcessor()), false);
            }
            if (map.iterator() != null) {
                out = Graphs.withProcessor(out, (ItemProcessor) change.apply(map.iterator()), true);
            }
            return out;
        }
        return state;
    }
}
