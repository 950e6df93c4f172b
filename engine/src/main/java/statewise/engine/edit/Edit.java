package statewise.engine.edit;

import statewise.engine.model.StateMachine;

/**
 * One user action on a state machine, as one undoable step: a pure function from the old model to the new one,
 * and the label the Edit menu shows ("Undo Rename state 'A' to 'B'"). A compound action is one edit: renaming a
 * state also rewrites every reference to it.
 *
 * <p>{@link #apply} assumes the edit is allowed: ask {@link EditRules} first. Applied to a model it does not fit
 * (a state that does not exist, an edge that is not there), it throws {@link IllegalArgumentException}.
 */
public sealed interface Edit
        permits AddState, RemoveStates, RenameState, ConnectStates, ReconnectEdge, DisconnectEdge, SetStartState,
                DuplicateStates, PasteStates, SetStateField, RemoveStateField, WrapStates,
                ConvertQueryLanguage {

    /** The Edit menu's name for this edit, e.g. "Rename state 'A' to 'B'". */
    String label();

    /** The state machine after this edit. */
    StateMachine apply(StateMachine machine);
}
