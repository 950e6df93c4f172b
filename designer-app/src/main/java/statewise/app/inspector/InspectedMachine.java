package statewise.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.model.StateMachine;

/**
 * The state machine's own fields, which the inspector shows while no state is selected: its comment, first state,
 * query language, timeout and version, the names of its top-level states (what {@code StartAt} may name) and the
 * diagnostics about those fields. Two equal values show the same form, so the view rebuilds only when this changes.
 *
 * @param tree        the machine's own fields as JSON (without {@code States})
 * @param states      the names of the top-level states, in document order
 * @param diagnostics the diagnostics about the machine's own fields
 */
public record InspectedMachine(ObjectNode tree, List<String> states, List<Diagnostic> diagnostics) {

    public InspectedMachine {
        tree = tree.deepCopy();
        states = List.copyOf(states);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The fields of {@code document}'s state machine, or null when the document holds none. */
    public static @Nullable InspectedMachine of(AslDocument document, List<Diagnostic> diagnostics) {
        StateMachine machine = document.stateMachine();
        if (machine == null || document.kind() != AslDocument.Kind.STATE_MACHINE) {
            return null;
        }
        return of(machine, diagnostics);
    }

    /** The fields of {@code machine}, with the {@code diagnostics} its text had; for a model an edit made. */
    public static InspectedMachine of(StateMachine machine, List<Diagnostic> diagnostics) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        putText(tree, "Comment", machine.comment());
        putText(tree, "StartAt", machine.startAt());
        putText(tree, "QueryLanguage", machine.queryLanguage() == null ? null : machine.queryLanguage().aslName());
        if (machine.timeoutSeconds() != null) {
            tree.put("TimeoutSeconds", machine.timeoutSeconds());
        }
        putText(tree, "Version", machine.version());
        List<Diagnostic> own = diagnostics.stream().filter(d -> MachineEdits.FIELDS.stream()
                .anyMatch(spec -> d.pointer().equals(spec.field()))).toList();
        return new InspectedMachine(tree, List.copyOf(machine.states().keySet()), own);
    }

    /** The value of a field pointer such as {@code /Comment}, or null when the machine does not have it. */
    public @Nullable JsonNode value(String field) {
        JsonNode node = tree.at(field);
        return node.isMissingNode() ? null : node;
    }

    /** The diagnostics about {@code field}. */
    public List<Diagnostic> diagnosticsOf(String field) {
        return diagnostics.stream().filter(d -> d.pointer().equals(field)).toList();
    }

    private static void putText(ObjectNode tree, String field, @Nullable String value) {
        if (value != null) {
            tree.put(field, value);
        }
    }
}
