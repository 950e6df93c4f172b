package statewise.app.canvas;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import statewise.app.session.SessionDocument;
import statewise.app.session.StatePointers;
import statewise.engine.document.AslDocument;
import statewise.engine.edit.AddState;
import statewise.engine.edit.ConnectStates;
import statewise.engine.edit.ConvertQueryLanguage;
import statewise.engine.edit.EdgeRef;
import statewise.engine.edit.StateRef;
import statewise.engine.edit.WrapStates;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.model.StateType;
import statewise.engine.model.Transition;

/**
 * The edits of the context pad beside a selected state, each one undo step: append a next state of a type (into
 * its Next edge, or as its Next when it ends, or as a new rule of a Choice), add a catcher to a new Fail state, wrap
 * the selection in a Parallel or a Map, and switch a state to the other query language.
 */
public final class PadEdits {

    private final EditRunner runner;

    public PadEdits(Supplier<SessionDocument> document) {
        this.runner = new EditRunner(document);
    }

    /** A new state of {@code type} after {@code pointer}, in the flow. */
    public CanvasOutcome append(String pointer, StateType type) {
        AslDocument current = runner.editable();
        if (current == null) {
            return runner.refusal();
        }
        State source = StatePointers.of(current).get(pointer);
        if (source == null) {
            return new CanvasOutcome.Refuse("Select the state to append to.");
        }
        StateMachine machine = EditRunner.machine(current);
        StateRef from = EditRunner.ref(pointer);
        if (source.type().isTerminal()) {
            return new CanvasOutcome.Refuse("A " + source.type().aslName() + " state ends the flow: nothing can"
                    + " follow it.");
        }
        if (source.next() != null) {
            AddState add = AddState.named(machine, from.graph(), type, EdgeRef.next(from));
            return runner.run(current, add, UnaryOperator.identity());
        }
        AddState add = AddState.named(machine, from.graph(), type, null);
        Transition.Kind kind = source.type() == StateType.CHOICE ? Transition.Kind.CHOICE : Transition.Kind.NEXT;
        ConnectStates connect = new ConnectStates(from, new StateRef(from.graph(), add.name()), kind);
        return runner.runAll(List.of(add, connect), add.label());
    }

    /** A catcher of every error on {@code pointer}, going to a new Fail state. */
    public CanvasOutcome addCatch(String pointer) {
        AslDocument current = runner.editable();
        if (current == null) {
            return runner.refusal();
        }
        StateRef from = EditRunner.ref(pointer);
        AddState fail = AddState.named(EditRunner.machine(current), from.graph(), StateType.FAIL, null);
        ConnectStates connect = new ConnectStates(from, new StateRef(from.graph(), fail.name()),
                Transition.Kind.CATCH);
        return runner.runAll(List.of(fail, connect), "Add a Catch to '" + from.name() + "'");
    }

    /** Wraps the selected states (of one graph) in a new Parallel or Map state. */
    public CanvasOutcome wrap(Collection<String> selected, StateType container) {
        AslDocument current = runner.editable();
        if (current == null) {
            return runner.refusal();
        }
        List<String> states = selected.stream().filter(StatePointers.of(current)::containsKey).distinct().toList();
        List<String> graphs = states.stream().map(StatePointers::graphOf).distinct().toList();
        if (states.isEmpty() || graphs.size() != 1) {
            return new CanvasOutcome.Refuse(states.isEmpty() ? "Select the states to wrap."
                    : CanvasViewModel.ONE_GRAPH);
        }
        WrapStates wrap = WrapStates.named(EditRunner.machine(current), graphs.get(0),
                states.stream().map(StatePointers::name).toList(), container);
        return runner.run(current, wrap, UnaryOperator.identity());
    }

    /** Switches the state to the query language it does not use now. */
    public CanvasOutcome convert(String pointer) {
        AslDocument current = runner.editable();
        if (current == null) {
            return runner.refusal();
        }
        State state = StatePointers.of(current).get(pointer);
        if (state == null) {
            return new CanvasOutcome.Refuse("Select the state to convert.");
        }
        QueryLanguage now = state.effectiveQueryLanguage(EditRunner.machine(current).defaultQueryLanguage());
        QueryLanguage to = now == QueryLanguage.JSONATA ? QueryLanguage.JSONPATH : QueryLanguage.JSONATA;
        return runner.run(current, new ConvertQueryLanguage(EditRunner.ref(pointer), to), UnaryOperator.identity());
    }
}
