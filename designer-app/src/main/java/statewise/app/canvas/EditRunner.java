package statewise.app.canvas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import statewise.app.session.NodePositions;
import statewise.app.session.SessionDocument;
import statewise.app.session.StatePointers;
import statewise.engine.document.AslDocument;
import statewise.engine.document.JsonPointer;
import statewise.engine.edit.DocumentEdits;
import statewise.engine.edit.Edit;
import statewise.engine.edit.EditResult;
import statewise.engine.edit.EditRules;
import statewise.engine.edit.StateRef;
import statewise.engine.edit.Verdict;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;

/**
 * The one way the canvas's view models turn an engine {@link Edit} into a {@link CanvasOutcome}: only on a document
 * whose text parses, checked by {@link EditRules} first, with the states the edit creates to select afterwards.
 * Shared by the node, edge and context-pad edits so they refuse and apply alike.
 */
final class EditRunner {

    static final String NOT_READ = "The text is still being read; try again in a moment.";
    static final String NOT_PARSED = "The text does not parse, so the diagram shows the last valid model; fix the"
            + " text first.";

    private final Supplier<SessionDocument> document;

    EditRunner(Supplier<SessionDocument> document) {
        this.document = document;
    }

    SessionDocument document() {
        return document.get();
    }

    /** The document to edit, or null while it is being read or does not parse as a state machine. */
    @Nullable AslDocument editable() {
        SessionDocument doc = document.get();
        if (!doc.analysed()) {
            return null;
        }
        AslDocument current = doc.analysis().document();
        return current.hasSyntaxErrors() || current.stateMachine() == null ? null : current;
    }

    /** Why the document cannot be edited now (call when {@link #editable()} is null). */
    CanvasOutcome refusal() {
        SessionDocument doc = document.get();
        if (!doc.analysed()) {
            return new CanvasOutcome.Refuse(NOT_READ);
        }
        return new CanvasOutcome.Refuse(doc.analysis().document().kind() == AslDocument.Kind.STATE_MACHINE
                || doc.analysis().document().hasSyntaxErrors() ? NOT_PARSED
                : "Only a state machine definition can be edited on the canvas.");
    }

    /** Checks and applies {@code edit} to the current document; positions as {@code positions} makes them. */
    CanvasOutcome run(Edit edit, UnaryOperator<NodePositions> positions) {
        AslDocument current = editable();
        return current == null ? refusal() : run(current, edit, positions);
    }

    /** Like {@link #run(Edit, UnaryOperator)} on {@code current}; the edit is checked and applied in one go. */
    CanvasOutcome run(AslDocument current, Edit edit, UnaryOperator<NodePositions> positions) {
        DocumentEdits.Attempt attempt = DocumentEdits.attempt(current, edit);
        if (attempt.verdict() instanceof Verdict.Denied denied) {
            return new CanvasOutcome.Refuse(denied.reason());
        }
        EditResult result = Objects.requireNonNull(attempt.result(), "an allowed edit has a result");
        String notice = ((Verdict.Allowed) attempt.verdict()).notice();
        return new CanvasOutcome.Apply(EditPatches.of(result), positions.apply(document.get().positions()),
                created(machine(current), result.model()), notice);
    }

    /**
     * The outermost states the edit created (a new Parallel, not the states inside it), found in the models: the
     * result's text is not parsed here, since the session reads it again off the UI thread. Pointers start with
     * their top-level state's, and a top-level state the edit left as it was holds the same pointers before and
     * after, so only the top-level states the edit replaced are walked.
     */
    static List<String> created(StateMachine before, StateMachine after) {
        Map<String, State> old = new LinkedHashMap<>();
        Map<String, State> made = new LinkedHashMap<>();
        String states = JsonPointer.child(JsonPointer.ROOT, "States");
        after.states().forEach((name, state) -> {
            State was = before.states().get(name);
            if (was != state) {
                String pointer = JsonPointer.child(states, name);
                StatePointers.addState(made, state, pointer);
                if (was != null) {
                    StatePointers.addState(old, was, pointer);
                }
            }
        });
        List<String> created = made.keySet().stream().filter(p -> !old.containsKey(p)).toList();
        return created.stream().filter(p -> created.stream().noneMatch(q -> !q.equals(p) && within(p, q))).toList();
    }

    /**
     * Checks and applies edits one after the other, each on the state machine the previous one made, as one text
     * change and one undo step named {@code label}; the first refusal wins.
     */
    CanvasOutcome runAll(List<Edit> edits, String label) {
        AslDocument current = editable();
        if (current == null) {
            return refusal();
        }
        StateMachine machine = machine(current);
        String notice = null;
        for (Edit edit : edits) {
            EditRules.Checked checked = EditRules.evaluate(machine, edit);
            if (checked.verdict() instanceof Verdict.Denied denied) {
                return new CanvasOutcome.Refuse(denied.reason());
            }
            notice = ((Verdict.Allowed) checked.verdict()).notice();
            machine = Objects.requireNonNull(checked.result(), "an allowed edit has a result");
        }
        EditResult result = DocumentEdits.patch(current, machine, label);
        return new CanvasOutcome.Apply(EditPatches.of(result), document.get().positions(),
                created(machine(current), result.model()), edits.size() == 1 ? notice : null);
    }

    /** Null when {@code edit} may be applied now, else the reason it may not. */
    @Nullable String whyNot(Edit edit) {
        AslDocument current = editable();
        if (current == null) {
            return ((CanvasOutcome.Refuse) refusal()).reason();
        }
        return EditRules.check(current, edit) instanceof Verdict.Denied denied ? denied.reason() : null;
    }

    static StateMachine machine(AslDocument document) {
        StateMachine machine = document.stateMachine();
        if (machine == null) {
            throw new IllegalStateException("an editable document holds a state machine");
        }
        return machine;
    }

    static StateRef ref(String pointer) {
        return new StateRef(StatePointers.graphOf(pointer), StatePointers.name(pointer));
    }

    /** True when {@code pointer} is {@code state} or lies inside it. */
    static boolean within(String pointer, String state) {
        return pointer.equals(state) || pointer.startsWith(state + "/");
    }
}
