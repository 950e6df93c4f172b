package statewise.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    private static final String TEXT = "Next: Ship\nNext: ship\nShipping: no";

    @Test
    void plainQueriesIgnoreCaseUnlessAsked() {
        assertEquals(3, TextSearch.findAll(TEXT, TextSearch.Query.plain("ship")).size());
        assertEquals(List.of(new TextSearch.Match(17, 21)),
                TextSearch.findAll(TEXT, new TextSearch.Query("ship", true, false, false)));
    }

    @Test
    void wholeWordsSkipLongerWords() {
        assertEquals(2, TextSearch.findAll(TEXT, new TextSearch.Query("ship", false, false, true)).size());
    }

    @Test
    void nextWrapsAroundInBothDirections() {
        TextSearch.Query query = TextSearch.Query.plain("next");

        assertEquals(Optional.of(new TextSearch.Match(11, 15)), TextSearch.next(TEXT, query, 1, true));
        assertEquals(Optional.of(new TextSearch.Match(0, 4)), TextSearch.next(TEXT, query, 12, true));
        assertEquals(Optional.of(new TextSearch.Match(11, 15)), TextSearch.next(TEXT, query, 0, false));
    }

    @Test
    void regularExpressionsReplaceWithGroups() {
        TextSearch.Query query = new TextSearch.Query("Next: (\\w+)", false, true, false);

        assertEquals("Next -> Ship\nNext -> ship\nShipping: no", TextSearch.replaceAll(TEXT, query, "Next -> $1"));
        assertEquals("Next -> ship", TextSearch.replacementFor(TEXT, query, new TextSearch.Match(11, 21),
                "Next -> $1"));
    }

    @Test
    void plainReplacementsTakeDollarSignsLiterally() {
        assertEquals("$1: Ship\n$1: ship\nShipping: no",
                TextSearch.replaceAll(TEXT, TextSearch.Query.plain("Next"), "$1"));
    }

    @Test
    void aBrokenExpressionIsAProblemAndFindsNothing() {
        TextSearch.Query broken = new TextSearch.Query("(", false, true, false);

        assertTrue(TextSearch.problem(broken).isPresent());
        assertEquals(List.of(), TextSearch.findAll(TEXT, broken));
        assertEquals(TEXT, TextSearch.replaceAll(TEXT, broken, "x"));
    }
}
