package statewise.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.Diagnostic;

/**
 * Whether a form built for one reading of a state (or of the machine's own fields) can be brought up to date with
 * a newer reading in place, and which of its fields then take new values. Rebuilding a form makes every control and
 * its skin again, which on every reparse of a large definition costs more than the reparse; most reparses change one
 * field's value or nothing the form shows (the findings moved with the text). A pure function.
 */
final class FormRefresh {

    private FormRefresh() {
    }

    /** The fields of {@code after} that differ from {@code before}, or null when the form must be built anew. */
    static @Nullable List<FieldSpec> between(InspectedState before, InspectedState after) {
        if (!before.pointer().equals(after.pointer()) || !before.type().equals(after.type())
                || before.jsonata() != after.jsonata() || !before.siblings().equals(after.siblings())
                || !sameFindings(before.diagnostics(), after.diagnostics())) {
            return null;
        }
        return changedFields(before.tree(), after.tree(), specs(FormSchema.of(after.type(), after.jsonata())));
    }

    /** Like {@link #between(InspectedState, InspectedState)} for the workflow form. */
    static @Nullable List<FieldSpec> between(InspectedMachine before, InspectedMachine after) {
        if (!before.states().equals(after.states()) || !sameFindings(before.diagnostics(), after.diagnostics())) {
            return null;
        }
        return changedFields(before.tree(), after.tree(), MachineEdits.FIELDS);
    }

    /**
     * The fields among {@code specs} whose values differ between the trees, or null when the trees differ anywhere
     * else (a field the form shows in its own way: Choices, Retry, Next).
     */
    static @Nullable List<FieldSpec> changedFields(ObjectNode before, ObjectNode after, List<FieldSpec> specs) {
        ObjectNode restBefore = before.deepCopy();
        ObjectNode restAfter = after.deepCopy();
        List<FieldSpec> changed = new ArrayList<>();
        for (FieldSpec spec : specs) {
            if (!before.at(spec.field()).equals(after.at(spec.field()))) {
                changed.add(spec);
            }
            remove(restBefore, spec.field());
            remove(restAfter, spec.field());
        }
        return restBefore.equals(restAfter) ? changed : null;
    }

    /** The same findings, wherever the text put them: the form shows their messages, not their places. */
    static boolean sameFindings(List<Diagnostic> a, List<Diagnostic> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Diagnostic x = a.get(i);
            Diagnostic y = b.get(i);
            if (!x.code().equals(y.code()) || x.severity() != y.severity() || !x.message().equals(y.message())
                    || !Objects.equals(x.pointer(), y.pointer())) {
                return false;
            }
        }
        return true;
    }

    private static List<FieldSpec> specs(List<FormSection> sections) {
        List<FieldSpec> all = new ArrayList<>();
        sections.forEach(section -> all.addAll(section.fields()));
        return all;
    }

    /** Removes the member at {@code pointer} (e.g. {@code /ItemReader/Resource}) from {@code tree}, if there. */
    private static void remove(ObjectNode tree, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash <= 0 ? tree : tree.at(pointer.substring(0, slash));
        if (parent instanceof ObjectNode object) {
            object.remove(pointer.substring(slash + 1));
        }
    }
}
