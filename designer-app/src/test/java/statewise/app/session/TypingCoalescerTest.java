package statewise.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypingCoalescerTest {

    /** Each row: the first keystroke (offset, length, text, time), the second, and whether they merge. */
    @ParameterizedTest(name = "{8}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            10 | 0 | a   | 0   | 11 | 0 | b   | 200  | true  | letters typed in a row merge
            10 | 0 | a   | 0   | 11 | 0 | b   | 1500 | false | a pause starts a new step
            10 | 0 | a   | 0   | 15 | 0 | b   | 200  | false | a caret jump starts a new step
            10 | 0 | ' ' | 0   | 11 | 0 | b   | 200  | false | the next word starts a new step
            10 | 0 | a   | 0   | 11 | 0 | ' ' | 200  | true  | the space after a word belongs to it
            10 | 0 | a   | 0   | 11 | 0 | '\n' | 200 | false | a new line starts a new step
            10 | 0 | a   | 0   | 11 | 0 | bc  | 200  | false | a paste is a step of its own
            10 | 1 | ''  | 0   | 9  | 1 | ''  | 200  | true  | backspaces in a row merge
            10 | 1 | ''  | 0   | 10 | 1 | ''  | 200  | true  | deletes in a row merge
            10 | 1 | ''  | 0   | 11 | 0 | x   | 200  | false | typing after deleting is a new step
            10 | 0 | a   | 0   | 11 | 3 | y   | 200  | false | typing over a selection starts a new step
            10 | 3 | x   | 0   | 11 | 0 | y   | 200  | true  | letters typed after it join that step
            10 | 3 | xy  | 0   | 12 | 0 | z   | 200  | false | typing after pasting over a selection is a new step
            """)
    void decidesWhichKeystrokesMakeOneStep(int offset1, int length1, String text1, long time1, int offset2,
            int length2, String text2, long time2, boolean merges, String because) {
        TypingCoalescer.Keystroke first = new TypingCoalescer.Keystroke(
                new TextEdit(offset1, length1, unescape(text1)), time1);
        TypingCoalescer.Keystroke second = new TypingCoalescer.Keystroke(
                new TextEdit(offset2, length2, unescape(text2)), time2);

        assertEquals(merges, TypingCoalescer.continues(first, second), because);
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n");
    }
}
