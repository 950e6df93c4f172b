package statewise.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenColourTest {

    @Test
    void parseReadsSixAndEightDigitHex() {
        assertEquals(new TokenColour(0x25, 0x63, 0xeb, 255), TokenColour.parse("#2563eb"));
        assertEquals(new TokenColour(0x25, 0x63, 0xeb, 0x0f), TokenColour.parse("#2563EB0f"));
    }

    @Test
    void hexWritesAlphaOnlyWhenTranslucent() {
        assertEquals("#2563eb", TokenColour.parse("#2563eb").hex());
        assertEquals("#2563eb0f", TokenColour.parse("#2563eb0f").hex());
    }

    @Test
    void overBlendsWithTheBackground() {
        TokenColour half = TokenColour.parse("#000000").withOpacity(0.5);

        assertEquals(TokenColour.parse("#7f7f7f"), half.over(TokenColour.parse("#ffffff")));
    }

    @Test
    void parseRefusesWhatIsNotAColour() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TokenColour.parse("blue"));

        assertTrue(e.getMessage().contains("'blue'"), e.getMessage());
    }
}
