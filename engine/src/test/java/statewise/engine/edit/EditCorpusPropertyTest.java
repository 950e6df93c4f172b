package statewise.engine.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.StateMachine;
import statewise.engine.validate.Validator;

/**
 * For every state machine of the shared corpus, in JSON and in YAML, a sample of every kind of edit: each one the
 * rules allow patches the text so that it reads as exactly the edited model, leaves the text of every state it did
 * not change byte for byte, adds no validation error (beyond the notice that new states are not connected yet),
 * and is undone by patching the old model back.
 */
class EditCorpusPropertyTest {

    private static final int FAILURES_SHOWN = 10;
    private static final String FIRST_CLIPBOARD = """
            {"StartAt": "Wait", "States": {"Wait": {"Type": "Wait", "Seconds": 1, "Next": "Done"},
            "Done": {"Type": "Succeed"}}}
            """;

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void allowedEditsPatchOnlyWhatChanged(DocumentFormat format) {
        List<String> failures = new ArrayList<>();
        int definitions = 0;
        int allowed = 0;
        int denied = 0;
        int undoneToSameText = 0;
        String clipboard = null;
        for (CorpusMachines.Machine m : CorpusMachines.all()) {
            AslDocument document = m.document(format);
            StateMachine machine = document.stateMachine();
            if (machine == null || document.hasSyntaxErrors()) {
                continue;
            }
            definitions++;
            String other = clipboard == null ? FIRST_CLIPBOARD : clipboard;
            for (Edit edit : EditSamples.of(machine, m.id().hashCode(), other)) {
                Verdict verdict = EditRules.check(document, edit);
                if (!verdict.isAllowed()) {
                    System.out.println("DENIED " + edit.getClass().getSimpleName() + ": " + ((Verdict.Denied) verdict).reason().replaceAll("'[^']*'", "'X'"));
                    denied++;
                    continue;
                }
                allowed++;
                String failure;
                try {
                    EditResult result = DocumentEdits.apply(document, edit);
                    failure = failure(document, edit, result);
                    EditResult undo = DocumentEdits.patch(result.document(), machine, "Undo");
                    if (failure == null && !machine.equals(undo.model())) {
                        failure = "undoing does not give the old model back";
                    } else if (failure == null && undo.fallback() != null) {
                        failure = "undoing rewrote the whole text: " + undo.fallback();
                    }
                    undoneToSameText += undo.text().equals(document.text()) ? 1 : 0;
                } catch (RuntimeException e) {
                    failure = "threw " + e;
                }
                if (failure != null) {
                    failures.add(m.id() + ": " + edit.label() + " (" + edit + "): " + failure);
                }
            }
            if (!machine.states().isEmpty()) {
                clipboard = Clipboard.copy(machine, "", List.of(machine.states().keySet().iterator().next()));
            }
        }
        System.out.printf("edit property %s: %d definitions, %d edits allowed (%d denied), %d undone to the same"
                + " text, %d failures%n", format, definitions, allowed, denied, undoneToSameText, failures.size());
        failures.forEach(f -> System.out.println("FAIL " + f));
        assertTrue(definitions > 400, "the corpus was not found whole");
        assertEquals(List.of(), failures.subList(0, Math.min(FAILURES_SHOWN, failures.size())));
    }

    private static String failure(AslDocument before, Edit edit, EditResult result) {
        StateMachine expected = edit.apply(before.stateMachine());
        if (result.fallback() != null) {
            return "the whole text was rewritten: " + result.fallback();
        }
        if (!expected.equals(result.model())) {
            return "the new text does not read as the edited model:\n" + result.text();
        }
        if (!DocumentEdits.applyTo(before.text(), result.textEdits()).equals(result.text())) {
            return "the text edits do not give the new text";
        }
        String rewritten = StateTexts.firstRewrittenButUnchanged(before, result.document());
        if (rewritten != null) {
            return "an unchanged state was rewritten: " + rewritten;
        }
        return newErrors(before, result.document());
    }

    /** Errors of each code may not grow in number; new states may be unreferenced (the rules give a notice). */
    private static String newErrors(AslDocument before, AslDocument after) {
        Map<String, Integer> counts = new HashMap<>();
        for (Diagnostic d : Validator.validate(before)) {
            if (d.isError()) {
                counts.merge(d.code(), 1, Integer::sum);
            }
        }
        for (Diagnostic d : Validator.validate(after)) {
            boolean newState = d.code().equals(DiagnosticCode.UNREFERENCED_STATE.id())
                    && !before.sourceMap().contains(d.pointer());
            if (d.isError() && !newState && counts.merge(d.code(), -1, Integer::sum) < 0) {
                return "a new error: " + d.code() + " at " + d.pointer() + ": " + d.message();
            }
        }
        return null;
    }
}
