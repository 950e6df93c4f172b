package statewise.engine.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.InvalidState;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;
import statewise.engine.model.StateType;
import statewise.engine.model.TaskState;

/**
 * The checks each kind of edit needs before it can be applied at all, with the reasons a person understands:
 * the states and edges it names exist, names are valid and free, and the kind of edge fits the state. What the
 * applied edit does to the flow is {@link FlowCheck}'s question.
 */
final class Preconditions {

    private Preconditions() {
    }

    /** Why {@code edit} cannot be applied to {@code machine}, or null when it can. */
    static @Nullable String refusal(StateMachine machine, Edit edit) {
        if (edit instanceof AddState add) {
            return add(machine, add);
        } else if (edit instanceof RemoveStates remove) {
            return remove(machine, remove);
        } else if (edit instanceof RenameState rename) {
            return first(state(machine, rename.state()), () -> rename(machine, rename));
        } else if (edit instanceof ConnectStates connect) {
            return connect(machine, connect);
        } else if (edit instanceof ReconnectEdge reconnect) {
            return first(edge(machine, reconnect.edge()), () -> reconnect(machine, reconnect));
        } else if (edit instanceof DisconnectEdge disconnect) {
            return edge(machine, disconnect.edge());
        } else if (edit instanceof SetStartState start) {
            return first(state(machine, start.state()), () -> start.state().name().equals(
                    Graphs.require(machine, start.state().graph()).startAt())
                    ? "'" + start.state().name() + "' is already the start state." : null);
        } else if (edit instanceof DuplicateStates duplicate) {
            return states(machine, duplicate.graph(), duplicate.names(), "duplicate");
        } else if (edit instanceof PasteStates paste) {
            return first(graph(machine, paste.graph()), () -> Clipboard.read(paste.clipboard()) == null
                    ? "The clipboard does not hold any states." : null);
        } else if (edit instanceof ConvertQueryLanguage convert) {
            return first(state(machine, convert.state()), () -> first(StateTrees.isObject(Graphs.state(machine,
                    convert.state())) ? null : "'" + convert.state().name() + "' is not a JSON object; fix it in the"
                    + " editor first.", () -> convert.refusal(machine, Graphs.state(machine, convert.state()))));
        } else if (edit instanceof WrapStates wrap) {
            return first(states(machine, wrap.graph(), wrap.names(), "wrap"), () -> newName(machine, wrap.name()));
        } else if (edit instanceof SetStateField set) {
            return field(machine, set.state(), set.field(), false);
        } else {
            RemoveStateField remove = (RemoveStateField) edit;
            return field(machine, remove.state(), remove.field(), true);
        }
    }

    private interface Check {
        @Nullable String run();
    }

    private static @Nullable String first(@Nullable String refusal, Check then) {
        return refusal != null ? refusal : then.run();
    }

    private static @Nullable String graph(StateMachine machine, String pointer) {
        return Graphs.find(machine, pointer) == null ? "There is no state graph at '" + pointer + "'." : null;
    }

    private static @Nullable String state(StateMachine machine, StateRef ref) {
        StateGraph graph = Graphs.find(machine, ref.graph());
        if (graph == null) {
            return graph(machine, ref.graph());
        }
        return graph.states().containsKey(ref.name()) ? null : "There is no state '" + ref.name() + "' here.";
    }

    private static @Nullable String edge(StateMachine machine, EdgeRef edge) {
        return first(state(machine, edge.source()), () -> Edges.target(Graphs.state(machine, edge.source()),
                edge.kind(), edge.index()) == null ? edge.missing() : null);
    }

    private static @Nullable String newName(StateMachine machine, String name) {
        String invalid = Names.invalid(name);
        if (invalid != null) {
            return invalid;
        }
        return Graphs.names(machine).contains(name) ? "A state named '" + name + "' already exists; names are"
                + " unique across the whole state machine, branches and item processors included." : null;
    }

    private static @Nullable String add(StateMachine machine, AddState add) {
        String refusal = first(graph(machine, add.graph()), () -> newName(machine, add.name()));
        if (refusal != null) {
            return refusal;
        }
        if (add.type() == StateType.UNKNOWN) {
            return "Choose one of the ASL state types.";
        }
        EdgeRef edge = add.onEdge();
        if (edge == null) {
            return add.type() == StateType.CHOICE
                    ? "A Choice state needs somewhere to go: drop it onto an edge." : null;
        }
        if (!edge.source().graph().equals(add.graph())) {
            return "A state can only be inserted on an edge of the graph it goes into.";
        }
        return edge(machine, edge);
    }

    private static @Nullable String remove(StateMachine machine, RemoveStates remove) {
        String refusal = states(machine, remove.graph(), remove.names(), "delete");
        if (refusal != null) {
            return refusal;
        }
        StateGraph graph = Graphs.require(machine, remove.graph());
        Set<String> removed = new HashSet<>(remove.names());
        if (removed.containsAll(graph.states().keySet())) {
            return remove.graph().isEmpty() ? "A state machine needs at least one state."
                    : "A branch or item processor needs at least one state.";
        }
        String start = graph.startAt();
        if (start != null && removed.contains(start)
                && RemoveStates.continuation(graph.states(), removed, start) == null) {
            return "'" + start + "' is where the flow starts and does not go on to exactly one other state: set"
                    + " another start state first.";
        }
        return null;
    }

    private static @Nullable String states(StateMachine machine, String graph, List<String> names, String verb) {
        StateGraph g = Graphs.find(machine, graph);
        if (g == null) {
            return graph(machine, graph);
        }
        if (names.isEmpty()) {
            return "Select the states to " + verb + ".";
        }
        for (String name : names) {
            if (!g.states().containsKey(name)) {
                return "There is no state '" + name + "' here.";
            }
        }
        return null;
    }

    private static @Nullable String rename(StateMachine machine, RenameState rename) {
        return rename.newName().equals(rename.state().name()) ? "The state already has that name."
                : newName(machine, rename.newName());
    }

    private static @Nullable String connect(StateMachine machine, ConnectStates connect) {
        String refusal = first(state(machine, connect.from()), () -> state(machine, connect.to()));
        if (refusal != null) {
            return refusal;
        }
        if (!connect.from().graph().equals(connect.to().graph())) {
            return "States of different graphs (a Parallel branch, a Map's item processor) cannot be connected.";
        }
        State from = Graphs.state(machine, connect.from());
        String name = "'" + connect.from().name() + "'";
        return switch (connect.kind()) {
            case NEXT -> next(from, name);
            case CHOICE -> from instanceof ChoiceState ? null : "Only a Choice state has Choice rules.";
            case DEFAULT -> !(from instanceof ChoiceState choice) ? "Only a Choice state has a Default."
                    : choice.defaultState() != null ? name + " already has a Default ('" + choice.defaultState()
                    + "'): move that edge instead." : null;
            case CATCH -> !(from instanceof TaskState || from instanceof ParallelState || from instanceof MapState)
                    ? "Only Task, Parallel and Map states can catch errors."
                    : Edges.catchesAll(from) ? name + " already catches every error (States.ALL): move that edge"
                    + " instead." : null;
        };
    }

    private static @Nullable String next(State from, String name) {
        if (from instanceof ChoiceState) {
            return "A Choice state goes on through its rules and its Default: connect a Choice rule or the Default.";
        }
        if (from.type().isTerminal()) {
            return "A " + from.type().aslName() + " state ends the flow: it cannot have a Next.";
        }
        if (from instanceof InvalidState) {
            return name + " has no valid Type; fix it in the editor first.";
        }
        return from.next() != null ? name + " already has a Next ('" + from.next() + "'): move that edge instead."
                : null;
    }

    private static @Nullable String reconnect(StateMachine machine, ReconnectEdge reconnect) {
        String refusal = state(machine, reconnect.target());
        if (refusal != null) {
            return refusal;
        }
        if (!reconnect.edge().source().graph().equals(reconnect.target().graph())) {
            return "An edge cannot go to a state of another graph (a Parallel branch, a Map's item processor).";
        }
        EdgeRef edge = reconnect.edge();
        String target = Edges.target(Graphs.state(machine, edge.source()), edge.kind(), edge.index());
        return Objects.equals(target, reconnect.target().name()) ? "The edge already goes to '" + target + "'."
                : null;
    }

    private static @Nullable String field(StateMachine machine, StateRef ref, String field, boolean remove) {
        String refusal = state(machine, ref);
        if (refusal != null) {
            return refusal;
        }
        State state = Graphs.state(machine, ref);
        if (!StateTrees.isObject(state)) {
            return "'" + ref.name() + "' is not a JSON object; fix it in the editor first.";
        }
        if (FieldPointer.head(field).equals("Type")) {
            return "A state's Type cannot be changed here: add a state of the other type instead.";
        }
        return FieldPointer.problem(StateTrees.tree(state), field, remove);
    }

    /** The graph an edit works in. */
    static String graphOf(Edit edit) {
        if (edit instanceof AddState e) {
            return e.graph();
        } else if (edit instanceof RemoveStates e) {
            return e.graph();
        } else if (edit instanceof DuplicateStates e) {
            return e.graph();
        } else if (edit instanceof PasteStates e) {
            return e.graph();
        } else if (edit instanceof ConnectStates e) {
            return e.from().graph();
        } else if (edit instanceof ReconnectEdge e) {
            return e.edge().source().graph();
        } else if (edit instanceof DisconnectEdge e) {
            return e.edge().source().graph();
        } else if (edit instanceof RenameState e) {
            return e.state().graph();
        } else if (edit instanceof SetStartState e) {
            return e.state().graph();
        } else if (edit instanceof SetStateField e) {
            return e.state().graph();
        } else if (edit instanceof WrapStates e) {
            return e.graph();
        } else if (edit instanceof ConvertQueryLanguage e) {
            return e.state().graph();
        }
        return ((RemoveStateField) edit).state().graph();
    }
}
