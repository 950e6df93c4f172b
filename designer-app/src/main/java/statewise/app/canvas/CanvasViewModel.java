package statewise.app.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import statewise.app.session.NodePositions;
import statewise.app.session.SessionDocument;
import statewise.app.session.StatePointers;
import statewise.engine.document.AslDocument;
import statewise.engine.document.JsonPointer;
import statewise.engine.edit.AddState;
import statewise.engine.edit.Clipboard;
import statewise.engine.edit.ConnectStates;
import statewise.engine.edit.DuplicateStates;
import statewise.engine.edit.Edit;
import statewise.engine.edit.EdgeRef;
import statewise.engine.edit.EditRules;
import statewise.engine.edit.PasteStates;
import statewise.engine.edit.RemoveStates;
import statewise.engine.edit.RenameState;
import statewise.engine.edit.SetStartState;
import statewise.engine.edit.StateRef;
import statewise.engine.edit.Verdict;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.model.StateType;
import statewise.engine.model.Transition;
import statewise.layout.DiagramGraphs;
import statewise.layout.EdgeKind;
import statewise.layout.RoutedEdge;

/**
 * Turns canvas gestures into engine edits of the session's current document and says what they come to (see
 * {@link CanvasOutcome}): every edit is checked by {@link EditRules} first, so a refused one carries the rules'
 * reason for the status bar. It builds edits and never applies them; the view hands an allowed one to the session
 * as one undo step.
 */
public final class CanvasViewModel {

    static final String NOT_READ = EditRunner.NOT_READ;
    static final String NOT_PARSED = EditRunner.NOT_PARSED;
    static final String ONE_GRAPH = "Select states of one graph (one branch or Map body) for this.";
    static final String MARKER = "Connect from a state (or from Start) to a state.";

    private final EditRunner runner;

    public CanvasViewModel(Supplier<SessionDocument> document) {
        this.runner = new EditRunner(document);
    }

    /** Adds a state of {@code type} to {@code graph}: on {@code edge} when given, else unconnected at {@code at}. */
    public CanvasOutcome add(StateType type, String graph, @Nullable RoutedEdge edge,
            NodePositions.@Nullable Position at) {
        AslDocument current = editable();
        if (current == null) {
            return refusal();
        }
        EdgeRef onEdge = edge == null ? null : edgeRef(edge);
        AddState add = AddState.named(machine(current), graph, type, onEdge);
        String pointer = DiagramGraphs.statePointer(graph, add.name());
        return run(current, add, positions -> at == null ? positions : positions.with(Map.of(pointer, at)));
    }

    /**
     * Connects two nodes the user joined by dragging from {@code from}'s handle to {@code to}. From the Start marker
     * it sets the start state; between states the kind follows from the source (see {@link #connectKinds}), and when
     * more than one kind is allowed the answer is a question.
     */
    public CanvasOutcome connect(String from, String to) {
        AslDocument current = editable();
        if (current == null) {
            return refusal();
        }
        if (to.equals(DiagramGraphs.START_ID) || to.equals(DiagramGraphs.END_ID) || from.equals(DiagramGraphs.END_ID)) {
            return new CanvasOutcome.Refuse(MARKER);
        }
        if (from.equals(DiagramGraphs.START_ID)) {
            return run(current, new SetStartState(ref(to)), UnaryOperator.identity());
        }
        State source = StatePointers.of(current).get(from);
        if (source == null) {
            return new CanvasOutcome.Refuse(MARKER);
        }
        List<Transition.Kind> allowed = new ArrayList<>();
        String reason = null;
        for (Transition.Kind kind : connectKinds(source)) {
            Verdict verdict = EditRules.check(current, new ConnectStates(ref(from), ref(to), kind));
            if (verdict instanceof Verdict.Denied denied) {
                reason = reason == null ? denied.reason() : reason;
            } else {
                allowed.add(kind);
            }
        }
        if (allowed.isEmpty()) {
            return new CanvasOutcome.Refuse(reason == null ? MARKER : reason);
        }
        return allowed.size() == 1 ? connect(from, to, allowed.get(0)) : new CanvasOutcome.Ask(allowed);
    }

    /** Connects two states with an edge of the kind the user chose. */
    public CanvasOutcome connect(String from, String to, Transition.Kind kind) {
        AslDocument current = editable();
        return current == null ? refusal()
                : run(current, new ConnectStates(ref(from), ref(to), kind), UnaryOperator.identity());
    }

    /**
     * The kinds of edge a drag from {@code source} may make: a Choice gets a new rule, or its Default while it has
     * none; a state without a Next gets one; a state with a Next that can catch errors gets a catcher; else Next,
     * which the rules refuse with their reason.
     */
    static List<Transition.Kind> connectKinds(State source) {
        if (source.type() == StateType.CHOICE) {
            boolean hasDefault = source instanceof ChoiceState choice
                    && choice.defaultState() != null;
            return hasDefault ? List.of(Transition.Kind.CHOICE)
                    : List.of(Transition.Kind.CHOICE, Transition.Kind.DEFAULT);
        }
        boolean catches = source.type() == StateType.TASK || source.type() == StateType.PARALLEL
                || source.type() == StateType.MAP;
        return source.next() != null && catches ? List.of(Transition.Kind.CATCH) : List.of(Transition.Kind.NEXT);
    }

    /** Deletes the selected states (of one graph), reconnecting the flow where it was linear. */
    public CanvasOutcome delete(Collection<String> selected) {
        AslDocument current = editable();
        if (current == null) {
            return refusal();
        }
        List<String> states = states(current, selected);
        String graph = oneGraph(states);
        if (states.isEmpty() || graph == null) {
            return new CanvasOutcome.Refuse(states.isEmpty() ? "Select the states to delete." : ONE_GRAPH);
        }
        List<String> names = states.stream().map(StatePointers::name).toList();
        return run(current, new RemoveStates(graph, names), positions -> without(positions, states));
    }

    /** Renames a state; every reference follows, and so does its pinned position. */
    public CanvasOutcome rename(String pointer, String newName) {
        AslDocument current = editable();
        if (current == null) {
            return refusal();
        }
        StateRef state = ref(pointer);
        String renamed = DiagramGraphs.statePointer(state.graph(), newName);
        return run(current, new RenameState(state, newName), positions -> moved(positions, pointer, renamed));
    }

    /** Copies the selected states (of one graph) next to the originals, unconnected. */
    public CanvasOutcome duplicate(Collection<String> selected) {
        AslDocument current = editable();
        if (current == null) {
            return refusal();
        }
        List<String> states = states(current, selected);
        String graph = oneGraph(states);
        if (states.isEmpty() || graph == null) {
            return new CanvasOutcome.Refuse(states.isEmpty() ? "Select the states to duplicate." : ONE_GRAPH);
        }
        return run(current, new DuplicateStates(graph, states.stream().map(StatePointers::name).toList()),
                UnaryOperator.identity());
    }

    /**
     * The clipboard text of the selected states (of one graph), as the engine's {@link Clipboard} writes it.
     *
     * @param text    the text to put on the clipboard, or null when nothing can be copied
     * @param message what the status bar says: how many states were copied, or why none were
     */
    public record Copied(@Nullable String text, String message) {
    }

    public Copied copy(Collection<String> selected) {
        AslDocument current = editable();
        if (current == null) {
            return new Copied(null, ((CanvasOutcome.Refuse) refusal()).reason());
        }
        List<String> states = states(current, selected);
        String graph = oneGraph(states);
        if (states.isEmpty() || graph == null) {
            return new Copied(null, states.isEmpty() ? "Select the states to copy." : ONE_GRAPH);
        }
        String text = Clipboard.copy(machine(current), graph, states.stream().map(StatePointers::name).toList());
        return new Copied(text, states.size() == 1 ? "Copied 1 state." : "Copied " + states.size() + " states.");
    }

    /** Pastes clipboard text into the graph of {@code near} (a selected state), or the top level. */
    public CanvasOutcome paste(@Nullable String near, String clipboardText) {
        AslDocument current = editable();
        if (current == null) {
            return refusal();
        }
        if (!Clipboard.holdsStates(clipboardText)) {
            return new CanvasOutcome.Refuse("The clipboard does not hold any states.");
        }
        String graph = near == null || !StatePointers.of(current).containsKey(near) ? JsonPointer.ROOT
                : StatePointers.graphOf(near);
        return run(current, new PasteStates(graph, clipboardText), UnaryOperator.identity());
    }

    /** Makes the state the first one of its graph. */
    public CanvasOutcome setStart(String pointer) {
        AslDocument current = editable();
        return current == null ? refusal() : run(current, new SetStartState(ref(pointer)), UnaryOperator.identity());
    }

    /** The engine's name of a drawn edge, or null for the Start and End markers' edges. */
    static @Nullable EdgeRef edgeRef(RoutedEdge edge) {
        StateRef source = ref(edge.from());
        return switch (edge.kind()) {
            case NEXT -> EdgeRef.next(source);
            case DEFAULT -> EdgeRef.defaultOf(source);
            case CHOICE -> EdgeRef.choice(source, edge.index());
            case CATCH -> EdgeRef.catcher(source, edge.index());
            case START, END -> null;
        };
    }

    /** True when a palette drop on {@code edge} inserts the state into it (marker edges take no state). */
    static boolean insertable(RoutedEdge edge) {
        return edge.kind() != EdgeKind.START && edge.kind() != EdgeKind.END;
    }

    static StateRef ref(String pointer) {
        return EditRunner.ref(pointer);
    }

    private CanvasOutcome run(AslDocument current, Edit edit, UnaryOperator<NodePositions> positions) {
        return runner.run(current, edit, positions);
    }

    private @Nullable AslDocument editable() {
        return runner.editable();
    }

    private CanvasOutcome refusal() {
        return runner.refusal();
    }

    private static StateMachine machine(AslDocument document) {
        return EditRunner.machine(document);
    }

    /** The selected pointers that name states of the document, in selection order. */
    private static List<String> states(AslDocument document, Collection<String> selected) {
        Map<String, State> all = StatePointers.of(document);
        return selected.stream().filter(all::containsKey).distinct().toList();
    }

    private static @Nullable String oneGraph(List<String> states) {
        Set<String> graphs = new LinkedHashSet<>();
        states.forEach(p -> graphs.add(StatePointers.graphOf(p)));
        return graphs.size() == 1 ? graphs.iterator().next() : null;
    }

    private static NodePositions without(NodePositions positions, List<String> removed) {
        Map<String, NodePositions.Position> kept = new LinkedHashMap<>();
        positions.byPointer().forEach((pointer, position) -> {
            if (removed.stream().noneMatch(r -> within(pointer, r))) {
                kept.put(pointer, position);
            }
        });
        return new NodePositions(kept);
    }

    private static NodePositions moved(NodePositions positions, String from, String to) {
        Map<String, NodePositions.Position> out = new LinkedHashMap<>();
        positions.byPointer().forEach((pointer, position) ->
                out.put(within(pointer, from) ? to + pointer.substring(from.length()) : pointer, position));
        return new NodePositions(out);
    }

    private static boolean within(String pointer, String state) {
        return EditRunner.within(pointer, state);
    }
}
