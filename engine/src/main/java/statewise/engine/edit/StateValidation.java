package statewise.engine.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;
import statewise.engine.serialize.AslSerializer;
import statewise.engine.validate.ValidationOptions;
import statewise.engine.validate.Validator;

/**
 * What the validator says about one state on its own: the state is put alone into a small state machine in the
 * same query language, written, read and validated, so every field rule applies exactly as it does in the whole
 * document (some rules look at the text, not only the model). Its own transitions are left out: they name states
 * of the real graph, which {@link FlowCheck} judges.
 */
final class StateValidation {

    private static final Set<String> FLOW_CODES = Set.of(DiagnosticCode.MISSING_TRANSITION_TARGET.id(),
            DiagnosticCode.MISSING_TRANSITION.id(), DiagnosticCode.UNREFERENCED_STATE.id());

    private StateValidation() {
    }

    /**
     * The first error the validator finds in {@code after} that it did not find at the same place in
     * {@code before} (null for a new state), or null when there is none.
     */
    static @Nullable String newError(@Nullable State before, State after, String name, QueryLanguage language) {
        Map<String, Diagnostic> old = before == null ? Map.of() : errors(before, name, language);
        for (Map.Entry<String, Diagnostic> e : errors(after, name, language).entrySet()) {
            if (!old.containsKey(e.getKey())) {
                return e.getValue().message();
            }
        }
        return null;
    }

    /** The state's errors by code and pointer. */
    private static Map<String, Diagnostic> errors(State state, String name, QueryLanguage language) {
        StateMachine alone = new StateMachine(null, name, Map.of(name, state), null, null,
                language == QueryLanguage.JSONATA ? language : null, Map.of());
        AslDocument document = AslParser.parse(AslSerializer.json().write(alone), DocumentFormat.JSON);
        String pointer = JsonPointer.child("/States", name);
        Map<String, Diagnostic> errors = new LinkedHashMap<>();
        for (Diagnostic d : Validator.validate(document, ValidationOptions.DEFAULT.withWarnings(false))) {
            if (d.isError() && (d.pointer().equals(pointer) || d.pointer().startsWith(pointer + "/"))
                    && !ownTransition(d, d.pointer().substring(pointer.length()))) {
                errors.putIfAbsent(d.code() + " " + d.pointer(), d);
            }
        }
        return errors;
    }

    /** A finding about the state's own transitions rather than those inside its branches or item processor. */
    private static boolean ownTransition(Diagnostic d, String within) {
        boolean nested = within.startsWith("/Branches/") || within.startsWith("/ItemProcessor/")
                || within.startsWith("/Iterator/");
        return !nested && (FLOW_CODES.contains(d.code())
                || d.code().equals(DiagnosticCode.CONFLICTING_FIELDS.id()) && within.equals("/End"));
    }
}
