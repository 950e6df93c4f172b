package statewise.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextEditTest {

    private static final List<TextEdit> EDITS = List.of(new TextEdit(2, 3, "XY"), new TextEdit(8, 0, "++"));

    @Test
    void editsApplyFromTheirOffsetsInTheOldText() {
        assertEquals("01XY567++89", TextEdit.apply("0123456789", EDITS));
    }

    @Test
    void positionsBeforeAnEditStayAndThoseAfterItShift() {
        assertEquals(1, TextEdit.mapOffset(1, EDITS));
        assertEquals(5, TextEdit.mapOffset(6, EDITS));
        assertEquals(10, TextEdit.mapOffset(9, EDITS));
    }

    @Test
    void aPositionInsideAReplacedRangeGoesToTheEndOfTheReplacement() {
        assertEquals(4, TextEdit.mapOffset(3, EDITS));
    }

    @Test
    void overlappingEditsAreRefused() {
        List<TextEdit> overlapping = List.of(new TextEdit(2, 3, ""), new TextEdit(3, 1, ""));

        assertThrows(IllegalArgumentException.class, () -> TextEdit.apply("0123456789", overlapping));
    }

    @Test
    void theMinimalDiffReplacesOnlyWhatDiffers() {
        assertEquals(List.of(new TextEdit(10, 4, "Wait")),
                TextDiff.minimal("{\"Type\": \"Pass\"}", "{\"Type\": \"Wait\"}"));
        assertEquals(List.of(), TextDiff.minimal("same", "same"));
        assertEquals(List.of(new TextEdit(3, 0, "b")), TextDiff.minimal("aaa", "aaab"));
        assertEquals(List.of(new TextEdit(0, 1, "")), TextDiff.minimal("xabc", "abc"));
    }

    /**
     * The session takes a patch's edits without applying them to the whole old text (that would cost a large
     * document's edit more than the edit): here every minimal diff between texts made from a few letters, so that
     * common starts and ends overlap in every way, is checked to give the new text.
     */
    @Test
    void theMinimalDiffAlwaysGivesTheNewText() {
        Random random = new Random(5);
        for (int i = 0; i < 5_000; i++) {
            String before = letters(random);
            String after = letters(random);

            assertEquals(after, TextEdit.apply(before, TextDiff.minimal(before, after)), before + " -> " + after);
        }
    }

    private static String letters(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            text.append("ab\n".charAt(random.nextInt(3)));
        }
        return text.toString();
    }
}
