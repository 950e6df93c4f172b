package statewise.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;
import statewise.app.editor.complete.FieldCompletion;
import statewise.app.session.ChangedStates;
import statewise.app.session.DocumentSession;
import statewise.app.session.SessionDocument;
import statewise.app.session.StatePointers;
import statewise.app.session.TextEdit;
import statewise.app.session.TextPatch;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.JsonPointer;
import statewise.engine.edit.EditResult;
import statewise.engine.model.StateMachine;

/**
 * The inspector's state: which state it shows (the session's selection, read from the current document) and the
 * form edits, each applied to the session as one undo step. A refused edit leaves the document alone and says why
 * in {@link #messageProperty()}. Edits made in quick succession do not wait for the session's reparse: while the
 * text is still the one an edit of this inspector produced, the form shows that edit's model at once and the next
 * edit starts from that edit's text, which is parsed only then, so an edit never parses the whole text on the FX
 * thread for the form alone.
 */
public final class InspectorViewModel {

    private final DocumentSession session;
    private final ReadOnlyObjectWrapper<@Nullable InspectedState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<@Nullable InspectedMachine> workflow = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper selectedCount = new ReadOnlyIntegerWrapper();
    private final NewErrors newErrors = new NewErrors();
    private @Nullable EditResult produced;
    private @Nullable StateMachine machine;

    public InspectorViewModel(DocumentSession session) {
        this.session = session;
        session.selectionProperty().addListener((property, old, selection) -> refresh());
        session.addListener(change -> refresh());
        refresh();
    }

    /** The state shown, or null when no state is selected (or the selection names none). */
    public ReadOnlyObjectProperty<@Nullable InspectedState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The state machine's own fields as last parsed, or null when the text never parsed as a state machine. */
    public ReadOnlyObjectProperty<@Nullable InspectedMachine> workflowProperty() {
        return workflow.getReadOnlyProperty();
    }

    /** How many states are selected; with more than one the inspector shows none of them. */
    public ReadOnlyIntegerProperty selectedCountProperty() {
        return selectedCount.getReadOnlyProperty();
    }

    /** Why the last edit was refused; empty after an edit that went through. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public @Nullable InspectedState state() {
        return state.get();
    }

    /** The state machine the shown state was read from (for the data-flow preview), or null. */
    public @Nullable StateMachine machine() {
        return machine;
    }

    /**
     * What completion in a field of {@code shown} works from: the document edits start from, and {@code input} as
     * the state's sample input; null while the text does not parse.
     */
    public FieldCompletion.@Nullable Scope completionScope(InspectedState shown, @Nullable JsonNode input) {
        AslDocument document = editable();
        return document == null ? null : new FieldCompletion.Scope(document, shown.pointer(), shown.jsonata(), input);
    }

    /** Sets one field from its form text; false when the text does not fit or the edit is refused. */
    public boolean setField(FieldSpec spec, String text) {
        return setParsed(spec.field(), spec.label(), spec.kind().parse(text));
    }

    /** Sets {@code field} to an already parsed value; a parse problem is reported as {@code label}'s. */
    public boolean setParsed(String field, String label, FieldKind.Parsed parsed) {
        if (parsed.problem() != null) {
            message.set(label + ": " + parsed.problem());
            return false;
        }
        return change(List.of(new FieldChange(field, parsed.value())), null);
    }

    /** Sets one of the state machine's own fields ({@link MachineEdits#FIELDS}) from its form text. */
    public boolean setWorkflowField(FieldSpec spec, String text) {
        AslDocument document = editable();
        if (document == null) {
            message.set("The text does not parse as a state machine; fix it in the editor first.");
            return false;
        }
        return perform(MachineEdits.change(document, diagnosticsOf(document), spec.field(), spec.kind().parse(text),
                spec.label(), newErrors), null);
    }

    /** Makes the changes as one undo step; false when refused (nothing changes then). */
    public boolean change(List<FieldChange> changes, @Nullable String label) {
        InspectedState shown = state.get();
        AslDocument document = editable();
        if (shown == null || document == null) {
            message.set("The text does not parse as a state machine; fix it in the editor first.");
            return false;
        }
        return perform(StateEdits.changeAll(document, diagnosticsOf(document), shown.ref(), changes, label, newErrors),
                null);
    }

    /** Renames the shown state; the selection follows it. */
    public boolean rename(String newName) {
        InspectedState shown = state.get();
        AslDocument document = editable();
        if (shown == null || document == null) {
            message.set("The text does not parse as a state machine; fix it in the editor first.");
            return false;
        }
        String pointer = JsonPointer.child(JsonPointer.child(shown.ref().graph(), "States"), newName);
        return perform(StateEdits.rename(document, shown.ref(), newName), pointer);
    }

    private boolean perform(FormOutcome outcome, @Nullable String select) {
        if (outcome instanceof FormOutcome.Refused refused) {
            message.set(refused.reason());
            return false;
        }
        message.set("");
        if (outcome instanceof FormOutcome.Applied applied) {
            EditResult result = applied.result();
            produced = result;
            session.apply(patch(result), this);
            if (select != null) {
                session.select(select, this);
            }
        }
        return true;
    }

    /** The document edits start from: the session's reading of its current text, or the one this made. */
    private @Nullable AslDocument editable() {
        SessionDocument current = session.document();
        AslDocument document;
        EditResult made = pending(current);
        if (current.analysed()) {
            document = current.analysis().document();
        } else if (made != null) {
            document = made.document();
        } else {
            return null;
        }
        return document.hasSyntaxErrors() || document.stateMachine() == null ? null : document;
    }

    /** What validating {@code document} gave, when it is the session's reading of its text; else null. */
    private @Nullable List<Diagnostic> diagnosticsOf(AslDocument document) {
        SessionDocument current = session.document();
        return current.analysed() && current.analysis().document() == document ? current.diagnostics() : null;
    }

    /** This inspector's last edit while the session's text is the one it made and not read again yet, or null. */
    private @Nullable EditResult pending(SessionDocument current) {
        EditResult made = produced;
        return made != null && !current.analysed() && made.text().equals(current.text()) ? made : null;
    }

    private void refresh() {
        SessionDocument current = session.document();
        int count = session.selectionProperty().get().count();
        selectedCount.set(count);
        String pointer = count > 1 ? null : session.selectionProperty().get().pointer();
        EditResult made = pending(current);
        AslDocument document = made == null ? editable() : null;
        InspectedState next;
        if (made != null) {
            machine = made.model();
            next = InspectedState.of(made.model(), AslDocument.Kind.STATE_MACHINE, List.of(), pointer);
            showWorkflow(InspectedMachine.of(made.model(), List.of()));
        } else if (document != null) {
            machine = document.stateMachine();
            List<Diagnostic> diagnostics = current.analysed() ? current.diagnostics() : List.of();
            next = InspectedState.of(document, diagnostics, pointer);
            showWorkflow(InspectedMachine.of(document, diagnostics));
        } else {
            machine = current.modelDocument().stateMachine();
            InspectedState shown = state.get();
            boolean same = shown != null && Objects.equals(shown.pointer(), pointer);
            next = same ? shown : InspectedState.of(current.modelDocument(), List.of(), pointer);
        }
        if (!Objects.equals(next, state.get())) {
            state.set(next);
        }
    }

    private void showWorkflow(@Nullable InspectedMachine fields) {
        if (!Objects.equals(fields, workflow.get())) {
            workflow.set(fields);
        }
    }

    private static TextPatch patch(EditResult result) {
        List<TextEdit> edits = result.textEdits().stream()
                .map(e -> new TextEdit(e.offset(), e.length(), e.replacement())).toList();
        Set<String> affected = new HashSet<>();
        Set<String> pointers = new HashSet<>(result.changed());
        pointers.addAll(result.removed());
        for (String pointer : pointers) {
            String owner = pointer.isEmpty() ? JsonPointer.ROOT
                    : StatePointers.enclosingState(pointer, AslDocument.Kind.STATE_MACHINE);
            affected.add(owner == null ? ChangedStates.START_AT : owner);
        }
        return new TextPatch(result.text(), edits, result.label(), affected);
    }
}
