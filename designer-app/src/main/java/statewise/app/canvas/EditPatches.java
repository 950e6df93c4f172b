package statewise.app.canvas;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import statewise.app.session.ChangedStates;
import statewise.app.session.StatePointers;
import statewise.app.session.TextEdit;
import statewise.app.session.TextPatch;
import statewise.engine.document.AslDocument;
import statewise.engine.document.JsonPointer;
import statewise.engine.edit.EditResult;

/**
 * Adapts an engine {@link EditResult} to the session's {@link TextPatch}: the two {@code TextEdit} records have the
 * same shape but live on either side of the engine/app boundary, and the session wants the changed states, not the
 * changed members.
 */
final class EditPatches {

    private EditPatches() {
    }

    static TextPatch of(EditResult result) {
        List<TextEdit> edits = result.textEdits().stream()
                .map(e -> new TextEdit(e.offset(), e.length(), e.replacement()))
                .toList();
        return new TextPatch(result.text(), edits, result.label(), affected(result));
    }

    /** The states whose members the edit wrote or removed, {@code /StartAt} when the start moved. */
    private static Set<String> affected(EditResult result) {
        Set<String> states = new HashSet<>();
        Set<String> pointers = new HashSet<>(result.changed());
        pointers.addAll(result.removed());
        for (String pointer : pointers) {
            if (pointer.equals(JsonPointer.ROOT)) {
                return Set.of(JsonPointer.ROOT);
            }
            String state = StatePointers.enclosingState(pointer, AslDocument.Kind.STATE_MACHINE);
            states.add(state == null ? ChangedStates.START_AT : state);
        }
        return states;
    }
}
