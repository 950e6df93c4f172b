package statewise.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.edit.DocumentEdits;
import statewise.engine.edit.EditResult;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.StateMachine;

/**
 * Turns the workflow form's input (the state machine's own fields: Comment, StartAt, QueryLanguage, TimeoutSeconds,
 * Version) into one document change, written to the text as a minimal patch. Refused, with a reason, when the
 * input does not fit the field or the result has a validation error the document did not have ({@link NewErrors}).
 * No session, no UI.
 */
public final class MachineEdits {

    /** The fields of the workflow form, in the order the ASL specification lists them. */
    public static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.of("/Comment", FieldKind.TEXT, "A description of the workflow, for people."),
            FieldSpec.of("/StartAt", FieldKind.STATE, "The state the workflow starts with."),
            FieldSpec.choice("/QueryLanguage", "The language of every state's expressions, unless a state names"
                    + " its own. Empty: JSONPath.", "JSONPath", "JSONata"),
            FieldSpec.of("/TimeoutSeconds", FieldKind.INTEGER, "The longest a run may take, in seconds; it then"
                    + " fails with States.Timeout. Empty: no limit (a year for Standard workflows)."),
            FieldSpec.of("/Version", FieldKind.TEXT, "The version of the States Language used. Empty: 1.0."));

    private MachineEdits() {
    }

    /**
     * Sets (or, for {@link FieldKind.Parsed#remove() an empty text}, removes) the machine's own {@code field}.
     *
     * @param diagnostics what validating {@code document} gives, when known (else null)
     * @param field       one of {@link #FIELDS}' pointers, e.g. {@code /TimeoutSeconds}
     * @param parsed      the form text as {@link FieldKind#parse} read it
     * @param label       the field's label, for messages
     * @param newErrors   looks for the errors the change adds
     */
    public static FormOutcome change(AslDocument document, @Nullable List<Diagnostic> diagnostics, String field,
            FieldKind.Parsed parsed, String label, NewErrors newErrors) {
        StateMachine machine = document.stateMachine();
        if (machine == null || document.hasSyntaxErrors() || document.kind() != AslDocument.Kind.STATE_MACHINE) {
            return new FormOutcome.Refused("The text does not parse as a state machine; fix it in the editor first.");
        }
        if (parsed.problem() != null) {
            return new FormOutcome.Refused(label + ": " + parsed.problem());
        }
        JsonNode value = parsed.value();
        String refusal = refusal(field, value, machine);
        if (refusal != null) {
            return new FormOutcome.Refused(refusal);
        }
        StateMachine changed = with(machine, field, value);
        if (changed.equals(machine)) {
            return new FormOutcome.Unchanged();
        }
        EditResult result = DocumentEdits.patch(document, changed, value == null ? "Remove " + label
                + " of the workflow" : "Set " + label + " of the workflow");
        String added = newErrors.first(document, diagnostics, result.document());
        return added != null ? new FormOutcome.Refused(added) : new FormOutcome.Applied(result);
    }

    private static @Nullable String refusal(String field, @Nullable JsonNode value, StateMachine machine) {
        return switch (field) {
            case "/StartAt" -> value == null ? "A workflow needs a first state: pick one for StartAt."
                    : machine.states().containsKey(value.asText()) ? null
                    : "There is no state '" + value.asText() + "' to start with.";
            case "/TimeoutSeconds" -> value == null || value.canConvertToLong() && value.asLong() > 0 ? null
                    : "TimeoutSeconds: type a whole number of seconds greater than 0, e.g. 3600.";
            case "/QueryLanguage" -> value == null || QueryLanguage.fromAslName(value.asText()) != null ? null
                    : "QueryLanguage: pick JSONPath or JSONata.";
            case "/Comment", "/Version" -> null;
            default -> "The workflow has no field " + field + " the inspector can set.";
        };
    }

    private static StateMachine with(StateMachine m, String field, @Nullable JsonNode value) {
        String text = value == null ? null : value.asText();
        return switch (field) {
            case "/Comment" -> new StateMachine(text, m.startAt(), m.states(), m.version(), m.timeoutSeconds(),
                    m.queryLanguage(), m.extras());
            case "/StartAt" -> new StateMachine(m.comment(), text, m.states(), m.version(), m.timeoutSeconds(),
                    m.queryLanguage(), m.extras());
            case "/QueryLanguage" -> new StateMachine(m.comment(), m.startAt(), m.states(), m.version(),
                    m.timeoutSeconds(), text == null ? null : QueryLanguage.fromAslName(text), m.extras());
            case "/TimeoutSeconds" -> new StateMachine(m.comment(), m.startAt(), m.states(), m.version(),
                    value == null ? null : value.asLong(), m.queryLanguage(), m.extras());
            default -> new StateMachine(m.comment(), m.startAt(), m.states(), text, m.timeoutSeconds(),
                    m.queryLanguage(), m.extras());
        };
    }
}
