package statewise.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.app.session.TextEdit;

class LineStretchTest {

    private static final String TEXT = "{\n  \"A\": {\n    \"End\": true\n  }\n}";

    @Test
    void anEditInsideALineCoversThatWholeLineBeforeAndAfter() {
        List<TextEdit> edits = List.of(new TextEdit(TEXT.indexOf("true"), 4, "false"));

        List<LineStretch> stretches = LineStretch.of(TEXT, edits);

        assertEquals(List.of("    \"End\": true"), before(stretches));
        assertEquals(List.of("    \"End\": false"), after(stretches, edits));
    }

    @Test
    void editsOnOneLineMakeOneStretchAndLaterLinesAnother() {
        int a = TEXT.indexOf("\"A\"");
        List<TextEdit> edits = List.of(new TextEdit(a + 1, 1, "Bee"), new TextEdit(a + 4, 0, " "),
                new TextEdit(TEXT.indexOf("true"), 4, "false"));

        List<LineStretch> stretches = LineStretch.of(TEXT, edits);

        assertEquals(List.of("  \"A\": {", "    \"End\": true"), before(stretches));
        assertEquals(List.of("  \"Bee\":  {", "    \"End\": false"), after(stretches, edits));
    }

    @Test
    void anInsertedLineBreakAndTheTextsEndsAreCovered() {
        List<TextEdit> edits = List.of(new TextEdit(0, 0, "// x\n"), new TextEdit(TEXT.length() - 1, 1, "}\n"));

        List<LineStretch> stretches = LineStretch.of(TEXT, edits);

        assertEquals(List.of("{", "}"), before(stretches));
        assertEquals(List.of("// x\n{", "}\n"), after(stretches, edits));
    }

    private static List<String> before(List<LineStretch> stretches) {
        return stretches.stream().map(s -> TEXT.substring(s.oldStart(), s.oldEnd())).toList();
    }

    private static List<String> after(List<LineStretch> stretches, List<TextEdit> edits) {
        String after = TextEdit.apply(TEXT, edits);
        return stretches.stream().map(s -> after.substring(s.newStart(), s.newEnd())).toList();
    }
}
