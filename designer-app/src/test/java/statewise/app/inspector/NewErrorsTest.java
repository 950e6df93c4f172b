package statewise.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;
import statewise.engine.validate.Validator;

class NewErrorsTest {

    private static final String MACHINE = """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Next": "B"},
              "B": {"Type": "Wait", "Seconds": 5, "Next": "C"},
              "C": {"Type": "Succeed"}
            }}""";

    private static AslDocument parse(String text) {
        return AslParser.parse(text, DocumentFormat.JSON);
    }

    @Test
    void anErrorTheEditAddsIsNamed() {
        AslDocument before = parse(MACHINE);
        AslDocument after = parse(MACHINE.replace("\"Next\": \"C\"", "\"Next\": \"Gone\""));

        assertEquals("Missing 'Next' target: 'Gone' is not a state of the state machine.",
                new NewErrors().first(before, null, after));
    }

    @Test
    void anErrorTheDocumentHadBeforeIsNotNew() {
        AslDocument before = parse(MACHINE.replace("\"Next\": \"C\"", "\"Next\": \"Gone\""));
        AslDocument after = parse(MACHINE.replace("\"Next\": \"C\"", "\"Next\": \"Gone\", \"Comment\": \"x\""));

        assertNull(new NewErrors().first(before, Validator.validate(before), after));
    }

    @Test
    void successiveEditsAreJudgedAsFreshChecksJudgeThem() {
        NewErrors kept = new NewErrors();
        String[] revisions = {
            MACHINE,
            MACHINE.replace("\"Seconds\": 5", "\"Seconds\": -1"),
            MACHINE.replace("\"Seconds\": 5", "\"Seconds\": 7"),
            MACHINE.replace("\"Seconds\": 5,", ""),
            MACHINE.replace("\"Next\": \"B\"", "\"Next\": \"C\""),
            MACHINE
        };
        for (int i = 1; i < revisions.length; i++) {
            AslDocument before = parse(revisions[i - 1]);
            AslDocument after = parse(revisions[i]);
            assertEquals(new NewErrors().first(before, null, after), kept.first(before, null, after), revisions[i]);
        }
    }
}
