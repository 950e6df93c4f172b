package statewise.engine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.document.LineIndex;

/**
 * Where {@link TextScan} says a JSON string ends. It remembers the next backslash and line break between calls
 * rather than reading every character, so its answers are checked against a plain character-by-character scan, in
 * reading order and out of it.
 */
class TextScanTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'\"abc\" , x'       | 0 | 5",
        "'\"a\\\"b\" x'      | 0 | 6",
        "'\"a\\\\\" x'       | 0 | 5",
        "'\"ab'              | 0 | 3",
        "'x \"a\\\\\\\"b\"'  | 2 | 10",
        "'12, 3'             | 0 | 2",
        "'true}'             | 0 | 4"})
    void scalarEndStopsAfterTheClosingQuoteOrAtTheDelimiter(String text, int start, int end) {
        assertEquals(end, new TextScan(text, new LineIndex(text)).scalarEnd(start));
    }

    @Test
    void unterminatedStringEndsAtItsLineBreak() {
        String text = "{\"a\": \"open\n, \"b\": \"x\\\"y\"}";
        TextScan scan = new TextScan(text, new LineIndex(text));

        assertEquals(text.indexOf('\n'), scan.scalarEnd(text.indexOf("\"open")));
        assertEquals(text.length() - 1, scan.scalarEnd(text.indexOf("\"x")));
    }

    @Test
    void stringEndsAgreeWithACharacterByCharacterScanInAnyOrder() {
        Random random = new Random(42);
        char[] alphabet = {'"', '\\', '\n', 'a', ' ', ','};
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(60);
            for (int i = 0; i < length; i++) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = b.toString();
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '"') {
                    starts.add(i);
                }
            }
            if (round % 2 == 1) {
                Collections.shuffle(starts, random);
            }
            TextScan scan = new TextScan(text, new LineIndex(text));
            for (int start : starts) {
                assertEquals(reference(text, start), scan.scalarEnd(start), () -> "start " + start + " in "
                        + text.replace("\n", "\\n"));
            }
        }
    }

    /** The end of the string starting at {@code start}, one character at a time. */
    private static int reference(String text, int start) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            } else if (c == '\n') {
                return i;
            }
        }
        return text.length();
    }
}
