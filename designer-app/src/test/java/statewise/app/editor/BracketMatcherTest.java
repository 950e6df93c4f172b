package statewise.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BracketMatcherTest {

    private static final String TEXT = "{\"a\": [1, \"]\", {\"b\": 2}],\n \"c\": {}\n}";

    @Test
    void theBracketBeforeTheCaretFindsItsPartnerSkippingStrings() {
        int open = TEXT.indexOf('[');

        assertEquals(Optional.of(new BracketMatcher.Pair(open, TEXT.indexOf("],"))),
                BracketMatcher.match(TEXT, open + 1, false));
    }

    @Test
    void aClosingBracketFindsItsOpenerOnEarlierLines() {
        int close = TEXT.length() - 1;

        assertEquals(Optional.of(new BracketMatcher.Pair(0, close)), BracketMatcher.match(TEXT, close, false));
    }

    @Test
    void bracketsInsideStringsAndCaretsAwayFromBracketsMatchNothing() {
        assertEquals(Optional.empty(), BracketMatcher.match(TEXT, TEXT.indexOf("\"]\"") + 2, false));
        assertEquals(Optional.empty(), BracketMatcher.match(TEXT, 3, false));
    }

    @Test
    void anUnbalancedBracketHasNoPartner() {
        assertEquals(Optional.empty(), BracketMatcher.match("{ [ }", 3, false));
    }
}
