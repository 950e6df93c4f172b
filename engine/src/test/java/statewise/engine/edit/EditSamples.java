package statewise.engine.edit;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;
import statewise.engine.model.StateType;
import statewise.engine.model.TaskState;
import statewise.engine.model.Transition;

/**
 * A deterministic sample of every kind of edit for one state machine, in its own graph and in its first nested
 * graph: some allowed, some not (the property test keeps the allowed ones).
 */
final class EditSamples {

    private static final StateType[] TYPES = {StateType.PASS, StateType.TASK, StateType.WAIT, StateType.CHOICE,
            StateType.PARALLEL, StateType.MAP, StateType.SUCCEED, StateType.FAIL};

    private final StateMachine machine;
    private final Random random;
    private final List<Edit> edits = new ArrayList<>();

    private EditSamples(StateMachine machine, long seed) {
        this.machine = machine;
        this.random = new Random(seed);
    }

    /** Edits for {@code machine}; {@code otherClipboard} is states copied from another definition. */
    static List<Edit> of(StateMachine machine, long seed, String otherClipboard) {
        EditSamples samples = new EditSamples(machine, seed);
        List<Graphs.Located> graphs = Graphs.all(machine);
        samples.graph(graphs.get(0));
        if (graphs.size() > 1) {
            samples.graph(graphs.get(1 + samples.random.nextInt(graphs.size() - 1)));
        }
        samples.edits.add(new PasteStates("", otherClipboard));
        return samples.edits;
    }

    private void graph(Graphs.Located located) {
        StateGraph graph = located.graph();
        List<String> names = new ArrayList<>(graph.states().keySet());
        if (names.isEmpty()) {
            return;
        }
        String g = located.pointer();
        StateRef a = new StateRef(g, pick(names));
        StateRef b = new StateRef(g, pick(names));
        edits.add(new RenameState(a, truncate(a.name() + " renamed")));
        edits.add(new RemoveStates(g, List.of(a.name())));
        edits.add(new RemoveStates(g, List.of(a.name(), b.name())));
        edits.add(AddState.named(machine, g, pickType(), null));
        edges(g, names);
        edits.add(new SetStartState(b));
        edits.add(new DuplicateStates(g, a.equals(b) ? List.of(a.name()) : List.of(a.name(), b.name())));
        edits.add(new PasteStates(g, Clipboard.copy(machine, g, List.of(b.name()))));
        edits.add(new SetStateField(a, "/Comment", TextNode.valueOf("Edited on the canvas")));
        edits.add(new RemoveStateField(b, "/Comment"));
        State state = graph.states().get(b.name());
        if (state instanceof TaskState) {
            edits.add(new SetStateField(b, "/TimeoutSeconds", IntNode.valueOf(30)));
        } else if (state instanceof ParallelState || state instanceof MapState) {
            edits.add(new SetStateField(b, "/ResultPath", TextNode.valueOf("$.result")));
        }
    }

    private void edges(String g, List<String> names) {
        StateGraph graph = Graphs.require(machine, g);
        for (int i = 0; i < 3; i++) {
            StateRef from = new StateRef(g, pick(names));
            StateRef to = new StateRef(g, pick(names));
            List<Transition> transitions = Transition.of(graph.states().get(from.name()));
            if (!transitions.isEmpty()) {
                Transition t = transitions.get(random.nextInt(transitions.size()));
                EdgeRef edge = EdgeRef.of(from, t);
                edits.add(AddState.named(machine, g, pickType(), edge));
                edits.add(new ReconnectEdge(edge, to));
                edits.add(new DisconnectEdge(edge));
            }
            edits.add(new ConnectStates(from, to, Transition.Kind.values()[random.nextInt(4)]));
        }
    }

    private String pick(List<String> names) {
        return names.get(random.nextInt(names.size()));
    }

    private StateType pickType() {
        return TYPES[random.nextInt(TYPES.length)];
    }

    private static String truncate(String name) {
        return name.codePointCount(0, name.length()) <= Names.MAX_LENGTH ? name
                : name.substring(0, name.offsetByCodePoints(0, Names.MAX_LENGTH)).strip();
    }
}
