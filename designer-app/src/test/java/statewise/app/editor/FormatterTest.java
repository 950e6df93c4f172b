package statewise.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import statewise.app.session.Analysis;
import statewise.app.session.NodePositions;
import statewise.app.session.SessionDocument;
import statewise.app.session.TextEdit;
import statewise.app.session.TextPatch;

class FormatterTest {

    @Test
    void formattingRewritesTheTextKeepingKeyOrderAndTheFilesIndent() {
        String text = "{\"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}},\n    \"StartAt\": \"A\"}\n";

        TextPatch patch = Formatter.format(document(text)).patch().orElseThrow();

        assertEquals("""
                {
                    "States": {
                        "A": {
                            "Type": "Pass",
                            "End": true
                        }
                    },
                    "StartAt": "A"
                }
                """, patch.newText());
        assertEquals(patch.newText(), TextEdit.apply(text, patch.edits()));
        assertEquals("Format", patch.label());
    }

    @Test
    void textWithSyntaxErrorsIsLeftAloneWithAReason() {
        Formatter.Outcome outcome = Formatter.format(document("{\"StartAt\": "));

        assertTrue(outcome.patch().isEmpty());
        assertEquals("Cannot format: fix the syntax errors first.", outcome.message());
    }

    @Test
    void formattedTextNeedsNothing() {
        String text = "{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": {\n      \"Type\": \"Succeed\"\n    }\n  }\n}\n";

        assertEquals("Already formatted.", Formatter.format(document(text)).message());
    }

    private static SessionDocument document(String text) {
        return SessionDocument.of(1, Analysis.of("flow.asl.json", text), NodePositions.none());
    }
}
