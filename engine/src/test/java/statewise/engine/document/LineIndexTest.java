package statewise.engine.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineIndexTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "\n\n", "a", "a\n", "ab\ncd", "ab\ncd\n", "\nab\n\ncd\n\n", "a\r\nb\r\n"})
    void everyOffsetGetsTheLineAndColumnCountedByHand(String text) {
        LineIndex lines = new LineIndex(text);
        List<Integer> starts = lineStarts(text);
        assertEquals(starts.size(), lines.lineCount());
        for (int offset = 0; offset <= text.length(); offset++) {
            int line = lineOf(starts, offset);
            assertEquals(line, lines.line(offset), "line of " + offset);
            assertEquals(offset - starts.get(line - 1) + 1, lines.column(offset), "column of " + offset);
            assertEquals(offset, lines.offset(line, offset - starts.get(line - 1) + 1), "offset of " + offset);
        }
    }

    @Test
    void aTextOfManyLinesKeepsEveryLineStart() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            text.append("line ").append(i).append('\n');
        }
        String all = text.toString();
        LineIndex lines = new LineIndex(all);
        assertEquals(5_001, lines.lineCount());
        int last = all.lastIndexOf("line 4999");
        assertEquals(5_000, lines.line(last));
        assertEquals(new SourceSpan(last, last + 9, 5_000, 1, 5_000, 10), lines.span(last, last + 9));
        assertEquals(all.length(), lines.offset(5_001, 1));
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static int lineOf(List<Integer> starts, int offset) {
        int line = 1;
        while (line < starts.size() && starts.get(line) <= offset) {
            line++;
        }
        return line;
    }
}
