package statewise.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import statewise.engine.document.DocumentFormat;

class AslHighlighterTest {

    @Test
    void jsonKeysStringsNumbersAndLiteralsGetTheirOwnStyles() {
        String text = "{\"End\": true, \"Seconds\": 5, \"Next\": \"B\"}";

        List<String> styled = styled(text, AslHighlighter.highlight(text, DocumentFormat.JSON));

        assertEquals(List.of("{:asl-punctuation", "\"End\":asl-key", "::asl-punctuation", "true:asl-literal",
                ",:asl-punctuation", "\"Seconds\":asl-key", "::asl-punctuation", "5:asl-number",
                ",:asl-punctuation", "\"Next\":asl-key", "::asl-punctuation", "\"B\":asl-string",
                "}:asl-punctuation"), styled);
    }

    @Test
    void yamlKeysCommentsAndPlainScalarsWithColons() {
        String text = "# order flow\nStates:\n  - Resource: arn:aws:states:::lambda:invoke\n";

        List<String> styled = styled(text, AslHighlighter.highlight(text, DocumentFormat.YAML));

        assertEquals(List.of("# order flow:asl-comment", "States:asl-key", "::asl-punctuation",
                "  -:asl-punctuation", "Resource:asl-key", "::asl-punctuation"), styled);
    }

    @Test
    void spansCoverTheWholeText() {
        String text = "{\"Comment\": \"say \\\"hi\\\"\", \"Items\": [1, 2.5e3, null]}\n";

        StyleSpans<Collection<String>> spans = AslHighlighter.highlight(text, DocumentFormat.JSON);

        assertEquals(text.length(), spans.length());
    }

    private static List<String> styled(String text, StyleSpans<Collection<String>> spans) {
        List<String> out = new ArrayList<>();
        int offset = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (!span.getStyle().isEmpty()) {
                out.add(text.substring(offset, offset + span.getLength()) + ":" + String.join(",", span.getStyle()));
            }
            offset += span.getLength();
        }
        return out;
    }
}
