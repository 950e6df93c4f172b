package statewise.engine.edit;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateType;
import statewise.engine.model.Transition;

/**
 * The structural problems of one state graph, as the validator's transition rules see them
 * ({@code TransitionTargets}, {@code StateEndings}, {@code Reachability}, the non-empty {@code Choices} of
 * {@code RequiredContent}), each with a sentence in the conditional mood for a status bar ("'B' would no longer
 * be reached from any state"). {@link EditRules} compares the problems before and after an edit: an edit may keep
 * problems the graph already had, but it may not add any.
 */
final class FlowCheck {

    /** One problem, identified by its kind and the state (or graph) it is about. */
    record Problem(String kind, String subject, String message) {

        boolean sameAs(Problem other) {
            return kind.equals(other.kind) && subject.equals(other.subject);
        }
    }

    static final String UNREFERENCED = "unreferenced";

    /**
     * The problems of the graphs edits were last checked on, by identity (graphs are immutable): the canvas asks
     * about one document many times (a connection dragged over state after state, a pad edit after a check), and
     * the steps of a compound edit start from the graph the step before made.
     */
    private static final AtomicReference<List<Memo>> MEMO = new AtomicReference<>(List.of());
    private static final int MEMO_SIZE = 2;

    private FlowCheck() {
    }

    /**
     * {@link #problems}, remembered for the graphs most recently asked about (the one asked about now goes first);
     * the list is unmodifiable.
     */
    static List<Problem> remembered(StateGraph graph) {
        List<Memo> memo = MEMO.get();
        @Nullable Memo found = null;
        for (Memo m : memo) {
            if (m.graph().get() == graph) {
                found = m;
            }
        }
        Memo first = found != null ? found : new Memo(new WeakReference<>(graph), List.copyOf(problems(graph)));
        List<Memo> next = new ArrayList<>(MEMO_SIZE);
        next.add(first);
        for (int i = 0; i < memo.size() && next.size() < MEMO_SIZE; i++) {
            if (memo.get(i) != found) {
                next.add(memo.get(i));
            }
        }
        MEMO.set(List.copyOf(next));
        return first.problems();
    }

    /** A graph, held weakly so that the memo keeps no closed document alive, with its problems. */
    private record Memo(WeakReference<StateGraph> graph, List<Problem> problems) {
    }

    /** The problems of {@code graph}, in document order. */
    static List<Problem> problems(StateGraph graph) {
        Map<String, State> states = graph.states();
        List<Problem> out = new ArrayList<>();
        if (states.isEmpty()) {
            out.add(new Problem("empty", "", "The graph would have no states left; it needs at least one."));
            return out;
        }
        String start = graph.startAt();
        if (start == null || !states.containsKey(start)) {
            out.add(new Problem("start", "", "'StartAt' would name no state of the graph."));
        }
        Set<String> referenced = new HashSet<>();
        if (start != null) {
            referenced.add(start);
        }
        boolean ends = false;
        for (Map.Entry<String, State> e : states.entrySet()) {
            String name = e.getKey();
            State state = e.getValue();
            ends |= Transition.ends(state);
            endings(name, state, out);
            for (Transition t : Transition.of(state)) {
                if (!states.containsKey(t.target())) {
                    out.add(new Problem("target:" + t.target(), name, "'" + name + "' would go to '" + t.target()
                            + "', which is not a state of its graph."));
                } else if (!t.target().equals(name)) {
                    referenced.add(t.target());
                }
            }
        }
        if (!ends) {
            out.add(new Problem("terminal", "", "No state would end the flow: one needs \"End\": true, or to be a"
                    + " Succeed or Fail state."));
        }
        for (String name : states.keySet()) {
            if (!referenced.contains(name)) {
                out.add(new Problem(UNREFERENCED, name, "'" + name + "' would no longer be reached from any state."));
            }
        }
        return out;
    }

    private static void endings(String name, State state, List<Problem> out) {
        StateType type = state.type();
        if (state instanceof ChoiceState choice) {
            if (choice.choices() == null || choice.choices().isEmpty()) {
                out.add(new Problem("rules", name, "Choice state '" + name + "' would have no rules left."));
            }
            return;
        }
        if (type == StateType.UNKNOWN || type.isTerminal()) {
            return;
        }
        boolean end = Boolean.TRUE.equals(state.end());
        if (state.next() == null && !end) {
            out.add(new Problem("transition", name, "'" + name + "' would have neither Next nor End."));
        } else if (state.next() != null && end) {
            out.add(new Problem("transition", name, "'" + name + "' would have both Next and End."));
        }
    }

    /**
     * The first problem of {@code after} that {@code before} did not have, reading the names of {@code before}
     * through {@code renamed} (for a rename), or null when the edit added none.
     */
    static @Nullable Problem added(List<Problem> before, List<Problem> after, UnaryOperator<String> renamed) {
        List<Problem> old = new ArrayList<>(before.size());
        for (Problem p : before) {
            old.add(new Problem(p.kind(), renamed.apply(p.subject()), p.message()));
        }
        for (Problem p : after) {
            if (old.stream().noneMatch(p::sameAs)) {
                return p;
            }
        }
        return null;
    }
}
