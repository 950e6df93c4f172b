package statewise.app.inspector;

import java.util.List;

/**
 * A titled group of fields in the inspector, e.g. "Input and output".
 *
 * @param title  the group's title
 * @param fields its fields, in order
 */
public record FormSection(String title, List<FieldSpec> fields) {

    public FormSection {
        fields = List.copyOf(fields);
    }
}
