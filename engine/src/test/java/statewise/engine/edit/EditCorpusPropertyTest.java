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
 * For the state machines of the shared corpus that together hold every shape it has (see
 * {@link CorpusMachines#representative}), in JSON and in YAML, a sample of every kind of edit: each one the
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
        for (CorpusMachines.Machine m : CorpusMachines.representative()) {
            AslDocument document = m.document(format);
            StateMachine machine = document.stateMachine();
            if (machine == null || document.hasSyntaxErrors()) {
                continue;
            }
            definitions++;
            String other = clipboard == null ? FIRST_CLIPBOARD : clipboard;
            Before before = new Before(document);
            for (Edit edit : EditSamples.of(machine, m.id().hashCode(), other)) {
                EditRules.Checked checked = EditRules.evaluate(document, edit);
                if (!checked.verdict().isAllowed()) {
                    denied++;
                    continue;
                }
                allowed++;
                String failure = patchAndUndo(before, edit.label(), checked.result());
                undoneToSameText += failure == null || !failure.isEmpty() ? 0 : 1;
                if (failure != null && !failure.isEmpty()) {
                    failures.add(m.id() + ": " + edit.label() + " (" + edit + "): " + failure);
                }
            }
            if (!machine.states().isEmpty()) {
                clipboard = Clipboard.copy(machine, "", List.of(machine.states().keySet().iterator().next()));
            }
        }
        System.out.printf("edit property %s: %d definitions (of %d, with all their shapes), %d edits allowed"
                + " (%d denied), %d undone to the same text, %d failures%n", format, definitions,
                CorpusMachines.all().size(), allowed, denied, undoneToSameText, failures.size());
        failures.forEach(f -> System.out.println("FAIL " + f));
        assertTrue(CorpusMachines.all().size() > 400 && definitions > 200, "the corpus was not found whole");
        assertEquals(List.of(), failures.subList(0, Math.min(FAILURES_SHOWN, failures.size())));
    }

    /**
     * Patches the document to the edited model and back: null when both hold, "" when the undo also gave back the
     * very same text, else what went wrong.
     */
    private static String patchAndUndo(Before before, String label, StateMachine edited) {
        AslDocument document = before.document();
        try {
            EditResult result = DocumentEdits.patch(document, edited, label);
            String failure = failure(before, edited, result);
            if (failure != null) {
                return failure;
            }
            EditResult undo = DocumentEdits.patch(result.document(), document.stateMachine(), "Undo");
            if (!document.stateMachine().equals(undo.document().stateMachine())) {
                return "undoing does not give the old model back";
            } else if (undo.fallback() != null) {
                return "undoing rewrote the whole text: " + undo.fallback();
            }
            return undo.text().equals(document.text()) ? "" : null;
        } catch (RuntimeException e) {
            return "threw " + e;
        }
    }

    /** What the test needs of a document before the edits, worked out once for all its edits. */
    private record Before(AslDocument document, Map<String, StateTexts.StateText> states,
            Map<String, Integer> errors) {

        Before(AslDocument document) {
            this(document, StateTexts.of(document), errorCounts(document));
        }

        private static Map<String, Integer> errorCounts(AslDocument document) {
            Map<String, Integer> counts = new HashMap<>();
            for (Diagnostic d : Validator.validate(document)) {
                if (d.isError()) {
                    counts.merge(d.code(), 1, Integer::sum);
                }
            }
            return counts;
        }
    }

    private static String failure(Before before, StateMachine expected, EditResult result) {
        if (result.fallback() != null) {
            return "the whole text was rewritten: " + result.fallback();
        }
        if (!expected.equals(result.document().stateMachine())) {
            return "the new text does not read as the edited model:\n" + result.text();
        }
        if (!DocumentEdits.applyTo(before.document().text(), result.textEdits()).equals(result.text())) {
            return "the text edits do not give the new text";
        }
        String rewritten = StateTexts.firstRewrittenButUnchanged(before.states(), result.document());
        if (rewritten != null) {
            return "an unchanged state was rewritten: " + rewritten;
        }
        return newErrors(before, result.document());
    }

    /** Errors of each code may not grow in number; new states may be unreferenced (the rules give a notice). */
    private static String newErrors(Before before, AslDocument after) {
        Map<String, Integer> counts = new HashMap<>(before.errors());
        for (Diagnostic d : Validator.validate(after)) {
            boolean newState = d.code().equals(DiagnosticCode.UNREFERENCED_STATE.id())
                    && !before.document().sourceMap().contains(d.pointer());
            if (d.isError() && !newState && counts.merge(d.code(), -1, Integer::sum) < 0) {
                return "a new error: " + d.code() + " at " + d.pointer() + ": " + d.message();
            }
        }
        return null;
    }
}
