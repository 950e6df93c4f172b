package statewise.app.inspector;

import statewise.engine.edit.EditResult;

/** What a form edit gives: a document change to apply, a refusal with its reason, or nothing to do. */
public sealed interface FormOutcome {

    /** The edit is allowed; {@code result} holds the new document and the minimal text edits. */
    record Applied(EditResult result) implements FormOutcome {
    }

    /** The edit is not allowed or the input does not fit; {@code reason} says why in a sentence. */
    record Refused(String reason) implements FormOutcome {
    }

    /** The field already has that value. */
    record Unchanged() implements FormOutcome {
    }
}
