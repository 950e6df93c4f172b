package statewise.engine.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;
import statewise.engine.model.StateType;
import statewise.engine.model.Transition;

/**
 * Wraps states of one graph in a new Parallel state (as its one branch) or Map state (as its inline item
 * processor), which takes their place in the flow: what went to the wrapped states goes to the new state, and the
 * new state goes on where they went on. The states must be entered at one state and may leave only by {@code Next}
 * to one state, which inside becomes {@code "End": true}. A single state's catchers move to the new state, whose
 * failure they now catch, so their targets stay in the outer graph.
 *
 * @param graph     the graph the states are in
 * @param names     the states to wrap
 * @param container {@link StateType#PARALLEL} or {@link StateType#MAP}
 * @param name      the new state's name; {@link #named} picks a free one
 */
public record WrapStates(String graph, List<String> names, StateType container, String name) implements Edit {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public WrapStates {
        Objects.requireNonNull(graph, "graph");
        names = List.copyOf(names);
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(name, "name");
    }

    /** A WrapStates whose new state has a free name made from its type: {@code Parallel}, {@code Map (1)}... */
    public static WrapStates named(StateMachine machine, String graph, List<String> names, StateType container) {
        return new WrapStates(graph, names, container, Names.unique(container.aslName(), Graphs.names(machine)));
    }

    @Override
    public String label() {
        String what = names.size() == 1 ? "'" + names.get(0) + "'" : names.size() + " states";
        return "Wrap " + what + " in " + container.aslName() + " '" + name + "'";
    }

    @Override
    public StateMachine apply(StateMachine machine) {
        if (container != StateType.PARALLEL && container != StateType.MAP) {
            throw new IllegalArgumentException("States can be wrapped in a Parallel or a Map state only.");
        }
        StateGraph outer = Graphs.require(machine, graph);
        Set<String> wrapped = new LinkedHashSet<>();
        outer.states().keySet().stream().filter(names::contains).forEach(wrapped::add);
        if (wrapped.size() != Set.copyOf(names).size() || wrapped.isEmpty()) {
            throw new IllegalArgumentException("Select states of this graph to wrap.");
        }
        String entry = entry(outer, wrapped);
        String exit = exit(outer, wrapped);
        State inside = wrapped.size() == 1 ? outer.states().get(entry) : null;
        JsonNode catchers = inside == null || inside.catchers() == null ? null : StateTrees.tree(inside).get("Catch");
        ObjectNode inner = NODES.objectNode().put("StartAt", entry);
        ObjectNode states = inner.putObject("States");
        for (String wrappedName : wrapped) {
            State state = outer.states().get(wrappedName);
            if (catchers != null) {
                state = StateTrees.edit(state, tree -> tree.remove("Catch"));
            }
            states.set(wrappedName, StateTrees.tree(Reroute.apply(state,
                    target -> wrapped.contains(target) ? target : null)));
        }
        State made = StateTrees.bind(containerTree(inner, exit, catchers));
        return Graphs.update(machine, graph, parts -> {
            Map<String, State> next = new LinkedHashMap<>();
            parts.states().forEach((existing, state) -> {
                if (existing.equals(entry)) {
                    next.put(name, made);
                } else if (!wrapped.contains(existing)) {
                    next.put(existing, Reroute.apply(state, target -> wrapped.contains(target) ? name : target));
                }
            });
            String start = parts.startAt();
            return new Graphs.Parts(start != null && wrapped.contains(start) ? name : start, next);
        });
    }

    private ObjectNode containerTree(ObjectNode inner, @Nullable String exit, @Nullable JsonNode catchers) {
        ObjectNode tree = NODES.objectNode().put("Type", container.aslName());
        if (container == StateType.PARALLEL) {
            tree.putArray("Branches").add(inner);
        } else {
            ObjectNode processor = NODES.objectNode();
            processor.putObject("ProcessorConfig").put("Mode", "INLINE");
            processor.setAll(inner);
            tree.set("ItemProcessor", processor);
        }
        if (exit == null) {
            tree.put("End", true);
        } else {
            tree.put("Next", exit);
        }
        if (catchers != null) {
            tree.set("Catch", catchers);
        }
        return tree;
    }

    /** The one wrapped state the flow enters by (the start, or the target of outside transitions). */
    private static String entry(StateGraph outer, Set<String> wrapped) {
        Set<String> entries = new LinkedHashSet<>();
        if (outer.startAt() != null && wrapped.contains(outer.startAt())) {
            entries.add(outer.startAt());
        }
        outer.states().forEach((from, state) -> {
            if (!wrapped.contains(from)) {
                Transition.of(state).stream().map(Transition::target).filter(wrapped::contains).forEach(entries::add);
            }
        });
        if (entries.size() > 1) {
            List<String> quoted = entries.stream().map(e -> "'" + e + "'").toList();
            throw new IllegalArgumentException("The flow enters the selected states at " + String.join(" and ",
                    quoted) + ": select states entered at one state only.");
        }
        return entries.isEmpty() ? wrapped.iterator().next() : entries.iterator().next();
    }

    /** Where the wrapped states go on to outside them: one state reached by Next, or null when they end. */
    private static @Nullable String exit(StateGraph outer, Set<String> wrapped) {
        List<String> exits = new ArrayList<>();
        for (String from : wrapped) {
            State state = outer.states().get(from);
            for (Transition t : Transition.of(state)) {
                if (wrapped.contains(t.target())) {
                    continue;
                }
                if (t.kind() == Transition.Kind.CATCH && wrapped.size() == 1) {
                    continue;
                }
                if (t.kind() != Transition.Kind.NEXT) {
                    throw new IllegalArgumentException("'" + from + "' leads out of the selected states by a "
                            + (t.kind() == Transition.Kind.CATCH ? "catcher" : "Choice rule or Default")
                            + ": the states to wrap may leave them only by one Next.");
                }
                if (!exits.contains(t.target())) {
                    exits.add(t.target());
                }
            }
        }
        if (exits.size() > 1) {
            throw new IllegalArgumentException("The selected states go on to both '" + exits.get(0) + "' and '"
                    + exits.get(1) + "': the states to wrap may go on to one state only.");
        }
        return exits.isEmpty() ? null : exits.get(0);
    }
}
