package statewise.engine.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;

/**
 * Says whether an edit is allowed, and if not, why, in a sentence for the status bar. Palette, context pad, canvas
 * gestures and inspector ask before they apply an edit. An allowed edit never adds an error to the parts it
 * touches: it names existing states and edges, uses valid free names, keeps every transition inside its graph and
 * pointing at a state, keeps every state reachable and every graph able to end, and leaves the edited states with
 * no new validation errors. The one exception is deliberate: a state added on empty canvas, duplicated or pasted is
 * not connected yet, which the answer's notice says.
 */
public final class EditRules {

    /**
     * The verdict and, when allowed, the state machine the edit makes (so that it is computed once).
     *
     * @param result the edited state machine; null when the edit is denied
     */
    public record Checked(Verdict verdict, @Nullable StateMachine result) {
    }

    private EditRules() {
    }

    /**
     * Whether {@code edit} may be applied to the document. Structural edits need a state machine whose text
     * parses: while it does not, the canvas shows the last good model and refuses them.
     */
    public static Verdict check(AslDocument document, Edit edit) {
        return evaluate(document, edit).verdict();
    }

    /** Whether {@code edit} may be applied to the state machine. */
    public static Verdict check(StateMachine machine, Edit edit) {
        return evaluate(machine, edit).verdict();
    }

    /** {@link #check(AslDocument, Edit)} with the state machine the edit makes, for callers that go on to use it. */
    public static Checked evaluate(AslDocument document, Edit edit) {
        if (document.kind() != AslDocument.Kind.STATE_MACHINE) {
            return denied("Only a state machine definition can be edited on the canvas.");
        }
        if (document.hasSyntaxErrors() || document.stateMachine() == null) {
            return denied("The text does not parse as a state machine; fix it in the editor first.");
        }
        return evaluate(document.stateMachine(), edit);
    }

    /** {@link #check(StateMachine, Edit)} with the state machine the edit makes, for callers that go on to use it. */
    public static Checked evaluate(StateMachine machine, Edit edit) {
        String refusal = Preconditions.refusal(machine, edit);
        if (refusal != null) {
            return denied(refusal);
        }
        StateMachine after;
        try {
            after = edit.apply(machine);
        } catch (IllegalArgumentException e) {
            return denied(e.getMessage() == null ? "The edit does not fit this state machine." : e.getMessage());
        }
        String graph = Preconditions.graphOf(edit);
        StateGraph oldGraph = Graphs.require(machine, graph);
        StateGraph newGraph = Graphs.require(after, graph);
        Set<String> unconnected = unconnected(edit, oldGraph, newGraph);
        UnaryOperator<String> renamed = edit instanceof RenameState r
                ? name -> name.equals(r.state().name()) ? r.newName() : name : UnaryOperator.identity();
        List<FlowCheck.Problem> problemsBefore = FlowCheck.remembered(oldGraph);
        List<FlowCheck.Problem> problems = new ArrayList<>(FlowCheck.remembered(newGraph));
        problems.removeIf(p -> p.kind().equals(FlowCheck.UNREFERENCED) && unconnected.contains(p.subject()));
        FlowCheck.Problem added = FlowCheck.added(problemsBefore, problems, renamed);
        if (added != null) {
            return denied(added.message());
        }
        String problem = stateProblems(edit, machine, after, oldGraph, newGraph);
        if (problem != null) {
            return denied(problem);
        }
        return new Checked(new Verdict.Allowed(notice(unconnected)), after);
    }

    private static Checked denied(String reason) {
        return new Checked(Verdict.denied(reason), null);
    }

    /** The new states an edit leaves unconnected on purpose: added on empty canvas, duplicated or pasted. */
    private static Set<String> unconnected(Edit edit, StateGraph before, StateGraph after) {
        boolean loose = edit instanceof AddState add && add.onEdge() == null || edit instanceof DuplicateStates
                || edit instanceof PasteStates;
        if (!loose) {
            return Set.of();
        }
        Set<String> added = new HashSet<>(after.states().keySet());
        added.removeAll(before.states().keySet());
        return added;
    }

    private static @Nullable String notice(Set<String> unconnected) {
        if (unconnected.isEmpty()) {
            return null;
        }
        List<String> names = unconnected.stream().sorted().limit(3).map(n -> "'" + n + "'").toList();
        return String.join(", ", names) + (unconnected.size() > 3 ? " and others" : "")
                + (unconnected.size() == 1 ? " is" : " are") + " not connected yet: connect a state to "
                + (unconnected.size() == 1 ? "it" : "them") + ".";
    }

    /** New validation errors in the states an inspector edit changed or a copy made, and names used twice. */
    private static @Nullable String stateProblems(Edit edit, StateMachine before, StateMachine after,
            StateGraph oldGraph, StateGraph newGraph) {
        if (edit instanceof SetStateField || edit instanceof RemoveStateField) {
            StateRef ref = edit instanceof SetStateField set ? set.state() : ((RemoveStateField) edit).state();
            String twice = usedTwice(before, after);
            return twice != null ? twice : StateValidation.newError(oldGraph.states().get(ref.name()),
                    newGraph.states().get(ref.name()), ref.name(), after.defaultQueryLanguage());
        }
        if (edit instanceof ConvertQueryLanguage convert) {
            String name = convert.state().name();
            return StateValidation.newError(oldGraph.states().get(name), newGraph.states().get(name), name,
                    after.defaultQueryLanguage());
        }
        if (edit instanceof PasteStates || edit instanceof DuplicateStates) {
            for (Map.Entry<String, State> e : newGraph.states().entrySet()) {
                if (!oldGraph.states().containsKey(e.getKey())) {
                    String error = StateValidation.newError(null, e.getValue(), e.getKey(),
                            after.defaultQueryLanguage());
                    if (error != null) {
                        return "The copy '" + e.getKey() + "' would have an error: " + error;
                    }
                }
            }
        }
        return null;
    }

    /** A state name the edit made appear twice in the state machine, as a reason; null when there is none. */
    private static @Nullable String usedTwice(StateMachine before, StateMachine after) {
        Map<String, Integer> old = counts(before);
        for (Map.Entry<String, Integer> e : counts(after).entrySet()) {
            if (e.getValue() > 1 && e.getValue() > old.getOrDefault(e.getKey(), 0)) {
                return "The state name '" + e.getKey() + "' would be used twice; names are unique across the whole"
                        + " state machine.";
            }
        }
        return null;
    }

    private static Map<String, Integer> counts(StateMachine machine) {
        Map<String, Integer> counts = new HashMap<>();
        for (Graphs.Located g : Graphs.all(machine)) {
            g.graph().states().keySet().forEach(name -> counts.merge(name, 1, Integer::sum));
        }
        return counts;
    }
}
