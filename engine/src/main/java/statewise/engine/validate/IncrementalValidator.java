package statewise.engine.validate;

import java.util.List;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;

/**
 * Validates successive revisions of one definition, as an editor makes them, giving exactly what
 * {@link Validator#validate(AslDocument, ValidationOptions)} gives for each. It exists because a keystroke changes
 * one state of a large definition: the checks that look at one state alone ({@link StateRule}) are skipped for every
 * state whose text did not change, their findings taken over from the revision before with their spans moved, while
 * the checks across states (transition targets, reachability, unique names, variable scopes) run in full. Safe to
 * call from any thread; calls are taken one at a time.
 */
public final class IncrementalValidator {

    private final ValidationOptions options;
    private final StateFindings findings = new StateFindings();

    public IncrementalValidator() {
        this(ValidationOptions.DEFAULT);
    }

    public IncrementalValidator(ValidationOptions options) {
        this.options = options;
    }

    /** Validates {@code document}, and remembers its states' findings for the next call. */
    public synchronized List<Diagnostic> validate(AslDocument document) {
        return Validator.validate(document, options, findings);
    }

    /** How many states the last call took the findings of from the call before (for tests). */
    synchronized int statesKeptLastTime() {
        return findings.keptLastRun();
    }
}
