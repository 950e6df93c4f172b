package statewise.app.inspector;

import java.util.List;

/**
 * One field of a state's form: where it lives in the state, what it is called, what it takes and what it does.
 *
 * @param field   the field's JSON Pointer relative to the state, e.g. {@code /TimeoutSeconds}
 * @param label   the label shown
 * @param kind    how its text becomes JSON
 * @param help    what the field does, in a sentence
 * @param options the values a {@link FieldKind#CHOICE} field offers (empty otherwise)
 */
public record FieldSpec(String field, String label, FieldKind kind, String help, List<String> options) {

    public FieldSpec {
        options = List.copyOf(options);
    }

    static FieldSpec of(String field, FieldKind kind, String help) {
        return new FieldSpec(field, field.substring(field.lastIndexOf('/') + 1), kind, help, List.of());
    }

    static FieldSpec choice(String field, String help, String... options) {
        return new FieldSpec(field, field.substring(field.lastIndexOf('/') + 1), FieldKind.CHOICE, help,
                List.of(options));
    }

    FieldSpec labelled(String newLabel) {
        return new FieldSpec(field, newLabel, kind, help, options);
    }
}
