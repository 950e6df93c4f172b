package statewise.app.debug.model;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.app.session.SessionDocument;
import statewise.app.session.StatePointers;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.model.StateMachine;

/**
 * The open definition as a run needs it: the state machine, each state's pointer by name, and its size (for the
 * cost estimate); or why it cannot run (not parsed yet, a single state, errors).
 *
 * @param machine  the state machine, or null when it cannot run
 * @param pointers each state's JSON pointer by its name
 * @param bytes    the definition's size in UTF-8 bytes
 * @param problem  why it cannot run, or null
 */
public record DefinitionSnapshot(@Nullable StateMachine machine, Map<String, String> pointers, long bytes,
        @Nullable String problem) {

    public DefinitionSnapshot {
        pointers = Map.copyOf(pointers);
    }

    /** What {@code document} gives a run. */
    public static DefinitionSnapshot of(SessionDocument document) {
        if (!document.analysed()) {
            return refused("The definition is being read; try again in a moment.");
        }
        Diagnostic error = document.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElse(null);
        if (error != null) {
            long errors = document.diagnostics().stream().filter(Diagnostic::isError).count();
            return refused("The definition has " + errors + (errors == 1 ? " error" : " errors") + "; fix "
                    + (errors == 1 ? "it" : "them") + " first (line " + error.span().startLine() + ": "
                    + error.message() + ")");
        }
        AslDocument parsed = document.analysis().document();
        StateMachine machine = parsed.stateMachine();
        if (machine == null) {
            return refused("This document holds a single state; a run needs a state machine.");
        }
        Map<String, String> pointers = new LinkedHashMap<>();
        StatePointers.of(parsed).keySet().forEach(p -> pointers.putIfAbsent(StatePointers.name(p), p));
        return new DefinitionSnapshot(machine, pointers, document.text().getBytes(StandardCharsets.UTF_8).length,
                null);
    }

    private static DefinitionSnapshot refused(String problem) {
        return new DefinitionSnapshot(null, Map.of(), 0, problem);
    }
}
