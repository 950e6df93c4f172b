package statewise.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.app.session.StatePointers;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.JsonPointer;
import statewise.engine.edit.DocumentEdits;
import statewise.engine.edit.Edit;
import statewise.engine.edit.EditResult;
import statewise.engine.edit.EditRules;
import statewise.engine.edit.RemoveStateField;
import statewise.engine.edit.RenameState;
import statewise.engine.edit.SetStateField;
import statewise.engine.edit.StateRef;
import statewise.engine.edit.Verdict;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.serialize.AslSerializer;

/**
 * Turns inspector form input into one document change: each field change becomes a {@link SetStateField} or
 * {@link RemoveStateField} checked by {@link EditRules}; several changes made together (picking an integration
 * sets Resource and Parameters) are written to the text as one minimal patch, so they are one undo step, and are
 * refused when the result has a validation error the document did not have ({@link NewErrors}). No session, no UI.
 */
public final class StateEdits {

    private StateEdits() {
    }

    /** Sets (or, for a null value, removes) one field. */
    public static FormOutcome change(AslDocument document, StateRef state, FieldChange change) {
        return changeAll(document, state, List.of(change), null);
    }

    /**
     * Makes every change, in order, as one step labelled {@code label} (the single edit's own label when null).
     * Changes that leave a field as it is are skipped; the result is {@link FormOutcome.Unchanged} when all are.
     */
    public static FormOutcome changeAll(AslDocument document, StateRef state, List<FieldChange> changes,
            @Nullable String label) {
        return changeAll(document, null, state, changes, label, new NewErrors());
    }

    /**
     * {@link #changeAll(AslDocument, StateRef, List, String)} with what validating {@code document} gives, when
     * known ({@code diagnostics}, else null), and {@code newErrors} to look for the errors the changes add.
     */
    public static FormOutcome changeAll(AslDocument document, @Nullable List<Diagnostic> diagnostics, StateRef state,
            List<FieldChange> changes, @Nullable String label, NewErrors newErrors) {
        StateMachine machine = document.stateMachine();
        if (machine == null || document.hasSyntaxErrors()) {
            return new FormOutcome.Refused("The text does not parse as a state machine; fix it in the editor first.");
        }
        StateMachine current = machine;
        List<Edit> edits = new ArrayList<>();
        for (FieldChange change : changes) {
            Edit edit = edit(current, state, change);
            if (edit == null) {
                continue;
            }
            if (changes.size() == 1 && EditRules.check(current, edit) instanceof Verdict.Denied denied) {
                return new FormOutcome.Refused(denied.reason());
            }
            try {
                current = edit.apply(current);
            } catch (IllegalArgumentException e) {
                return new FormOutcome.Refused(String.valueOf(e.getMessage()));
            }
            edits.add(edit);
        }
        if (edits.isEmpty()) {
            return new FormOutcome.Unchanged();
        }
        String stepLabel = label != null && edits.size() > 1 ? label : edits.get(edits.size() - 1).label();
        EditResult result = DocumentEdits.patch(document, current, stepLabel);
        String added = edits.size() > 1 ? newErrors.first(document, diagnostics, result.document()) : null;
        return added != null ? new FormOutcome.Refused(added) : new FormOutcome.Applied(result);
    }

    /** Renames the state and every reference to it. */
    public static FormOutcome rename(AslDocument document, StateRef state, String newName) {
        if (newName.equals(state.name())) {
            return new FormOutcome.Unchanged();
        }
        if (newName.isBlank()) {
            return new FormOutcome.Refused("A state needs a name.");
        }
        RenameState edit = new RenameState(state, newName);
        Verdict verdict = EditRules.check(document, edit);
        if (verdict instanceof Verdict.Denied denied) {
            return new FormOutcome.Refused(denied.reason());
        }
        return new FormOutcome.Applied(DocumentEdits.apply(document, edit));
    }

    /** The edit for one change, or null when the field already is what the change asks. */
    private static @Nullable Edit edit(StateMachine machine, StateRef state, FieldChange change) {
        JsonNode old = currentValue(machine, state, change.field());
        JsonNode value = change.value();
        if (value == null) {
            return old == null ? null : new RemoveStateField(state, change.field());
        }
        return value.equals(old) ? null : new SetStateField(state, change.field(), value);
    }

    private static @Nullable JsonNode currentValue(StateMachine machine, StateRef state, String field) {
        Map<String, State> states = new LinkedHashMap<>();
        StatePointers.addGraph(states, machine, JsonPointer.ROOT);
        State found = states.get(state.pointer());
        JsonNode value = found == null ? null : AslSerializer.tree(found).at(field);
        return value == null || value.isMissingNode() ? null : value;
    }
}
