package statewise.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.Branch;
import statewise.engine.model.ItemProcessor;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;
import statewise.engine.model.Transition;

/**
 * Turns the engine's model of a definition into the {@link DiagramGraph} to lay out, so the designer, the command
 * line and the tests all draw the same nodes and edges for the same definition.
 *
 * <p>A state machine gets a Start marker with an edge to its {@code StartAt} state and an End marker with an edge
 * from every state that can end the execution. A Parallel state becomes a container holding one branch container per
 * branch, a Map state a container holding its item processor's states. Transitions to states that do not exist are
 * left out (the validator reports them); everything else written is drawn, unknown state types included.
 */
public final class DiagramGraphs {

    /** The id of the Start marker. */
    public static final String START_ID = "#start";

    /** The id of the End marker. */
    public static final String END_ID = "#end";

    private final DiagramSizer sizer;

    private DiagramGraphs(DiagramSizer sizer) {
        this.sizer = sizer;
    }

    /**
     * The diagram of a parsed document: a state machine with its markers, or a single state (a TestState document,
     * whose node id is the root pointer {@code ""}). A document with neither gives the empty graph.
     */
    public static DiagramGraph of(AslDocument document, DiagramSizer sizer) {
        if (document.stateMachine() != null) {
            return of(document.stateMachine(), sizer);
        }
        State state = document.state();
        if (state != null) {
            DiagramGraphs builder = new DiagramGraphs(sizer);
            return new DiagramGraph(List.of(builder.node(JsonPointer.ROOT, "State", state)), List.of());
        }
        return DiagramGraph.EMPTY;
    }

    /** The diagram of a state machine, with its Start and End markers. */
    public static DiagramGraph of(StateMachine machine, DiagramSizer sizer) {
        DiagramGraphs builder = new DiagramGraphs(sizer);
        List<DiagramNode> nodes = new ArrayList<>();
        List<DiagramEdge> edges = new ArrayList<>();
        nodes.add(new DiagramNode(START_ID, NodeKind.START, "Start", sizer.marker(NodeKind.START), null));
        String start = machine.startAt();
        if (start != null && machine.states().containsKey(start)) {
            edges.add(new DiagramEdge(START_ID + "/StartAt", START_ID, statePointer(JsonPointer.ROOT, start),
                    EdgeKind.START, -1, null));
        }
        builder.addStates(JsonPointer.ROOT, machine, nodes, edges);
        nodes.add(new DiagramNode(END_ID, NodeKind.END, "End", sizer.marker(NodeKind.END), null));
        for (Map.Entry<String, State> entry : machine.states().entrySet()) {
            if (Transition.ends(entry.getValue())) {
                String pointer = statePointer(JsonPointer.ROOT, entry.getKey());
                edges.add(new DiagramEdge(pointer + END_ID, pointer, END_ID, EdgeKind.END, -1, null));
            }
        }
        return new DiagramGraph(nodes, edges);
    }

    private DiagramGraph graph(String graphPointer, StateGraph graph) {
        List<DiagramNode> nodes = new ArrayList<>();
        List<DiagramEdge> edges = new ArrayList<>();
        addStates(graphPointer, graph, nodes, edges);
        return new DiagramGraph(nodes, edges);
    }

    /** Adds a node per state of {@code graph} and an edge per transition to a state that exists. */
    private void addStates(String graphPointer, StateGraph graph, List<DiagramNode> nodes, List<DiagramEdge> edges) {
        Map<String, State> states = graph.states();
        for (Map.Entry<String, State> entry : states.entrySet()) {
            String pointer = statePointer(graphPointer, entry.getKey());
            nodes.add(node(pointer, entry.getKey(), entry.getValue()));
            for (Transition transition : Transition.of(entry.getValue())) {
                if (states.containsKey(transition.target())) {
                    edges.add(edge(pointer, entry.getValue(), transition, statePointer(graphPointer,
                            transition.target())));
                }
            }
        }
    }

    private DiagramNode node(String pointer, String name, State state) {
        boolean distributed = state instanceof MapState map && map.isDistributed();
        NodeKind kind = NodeKind.of(state.type(), distributed);
        DiagramGraph body = body(pointer, state);
        Size size = body == null ? sizer.state(kind, name) : sizer.title(kind, name);
        return new DiagramNode(pointer, kind, name, size, body);
    }

    /** The nested graph of a Parallel or Map state, or null when it has none (or an empty one). */
    private @Nullable DiagramGraph body(String pointer, State state) {
        if (state instanceof ParallelState parallel && parallel.branches() != null
                && !parallel.branches().isEmpty()) {
            List<DiagramNode> branches = new ArrayList<>();
            List<Branch> list = parallel.branches();
            for (int i = 0; i < list.size(); i++) {
                String branchPointer = JsonPointer.child(JsonPointer.child(pointer, "Branches"), i);
                String title = "Branch " + (i + 1);
                DiagramGraph content = graph(branchPointer, list.get(i));
                branches.add(new DiagramNode(branchPointer, NodeKind.BRANCH, title,
                        sizer.title(NodeKind.BRANCH, title), content));
            }
            return new DiagramGraph(branches, List.of());
        }
        if (state instanceof MapState map && map.processor() != null && !map.processor().states().isEmpty()) {
            ItemProcessor processor = map.processor();
            String field = map.itemProcessor() != null ? "ItemProcessor" : "Iterator";
            return graph(JsonPointer.child(pointer, field), processor);
        }
        return null;
    }

    private DiagramEdge edge(String pointer, State state, Transition transition, String target) {
        EdgeKind kind = switch (transition.kind()) {
            case NEXT -> EdgeKind.NEXT;
            case CHOICE -> EdgeKind.CHOICE;
            case DEFAULT -> EdgeKind.DEFAULT;
            case CATCH -> EdgeKind.CATCH;
        };
        String text = EdgeTexts.of(state, transition);
        DiagramLabel label = text == null ? null : new DiagramLabel(text, sizer.label(kind, text));
        return new DiagramEdge(pointer + transition.field(), pointer, target, kind, transition.index(), label);
    }

    /** The pointer of the state named {@code name} in the graph at {@code graphPointer}. */
    public static String statePointer(String graphPointer, String name) {
        return JsonPointer.child(JsonPointer.child(graphPointer, "States"), name);
    }
}
