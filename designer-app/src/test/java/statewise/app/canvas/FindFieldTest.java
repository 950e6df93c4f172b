package statewise.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindFieldTest {

    private static final List<String> POINTERS = List.of("/States/Charge card", "/States/Card",
            "/States/Fan out/Branches/0/States/Discard", "/States/Ship");

    @Test
    void exactNamesComeFirstThenPrefixesThenTheRestInDocumentOrder() {
        assertEquals(List.of("/States/Card", "/States/Charge card", "/States/Fan out/Branches/0/States/Discard"),
                FindField.matches(POINTERS, " CARD "));
    }

    @Test
    void blankOrUnmatchedTextFindsNothing() {
        assertEquals(List.of(), FindField.matches(POINTERS, "  "));
        assertEquals(List.of(), FindField.matches(POINTERS, "refund"));
    }
}
