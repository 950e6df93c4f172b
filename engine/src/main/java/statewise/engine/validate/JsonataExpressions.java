package statewise.engine.validate;

import statewise.engine.document.DiagnosticCode;
import statewise.engine.model.JsonataText;
import statewise.engine.model.QueryLanguage;
import statewise.engine.query.JsonataSyntax;

/**
 * Every {@code {% %}} expression of a JSONata state parses, and a string that opens {@code {%} without closing
 * {@code %}} (or the other way round) is a broken expression rather than text. AWS refuses both at
 * CreateStateMachine ({@code INVALID_JSONATA_EXPRESSION}).
 *
 * <p>A syntax error is underlined where the JSONata library stopped inside the string (one character), so the
 * editor shows it in place; the message also gives the position, counted from the string's first character.
 */
final class JsonataExpressions implements StateRule {

    @Override
    public void checkState(ValidationContext context, StateVisit v) {
        if (v.queryLanguage() != QueryLanguage.JSONATA) {
            return;
        }
        JsonataStrings.forEach(v.state(), v.pointer(), (text, pointer) -> check(context, text, pointer));
    }

    /**
     * The character to underline: the library's position is just after the token it stopped at (or the end of the
     * expression), so this is the last character before it that is not a space, inside the delimiters.
     */
    private static int errorStart(String text, int offset) {
        int i = Math.min(offset, text.length() - JsonataText.CLOSE.length()) - 1;
        while (i > JsonataText.OPEN.length() && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return Math.max(i, JsonataText.OPEN.length());
    }

    private static int errorEnd(String text, int offset) {
        return Math.min(text.length(), errorStart(text, offset) + 1);
    }

    private static void check(ValidationContext context, String text, String pointer) {
        if (JsonataText.isExpression(text)) {
            JsonataSyntax.checkField(text).ifPresent(e -> context.reportInString(DiagnosticCode.INVALID_JSONATA,
                    "Invalid JSONata expression: " + e.message() + " (at character " + (e.offset() + 1) + ").",
                    pointer, text, errorStart(text, e.offset()), errorEnd(text, e.offset())));
        } else if (text.startsWith(JsonataText.OPEN) || text.endsWith(JsonataText.CLOSE)) {
            context.report(DiagnosticCode.INVALID_JSONATA, "A JSONata expression is written \"{% expression %}\": this"
                    + " string " + (text.startsWith(JsonataText.OPEN) ? "opens with {% but does not end with %}"
                    : "ends with %} but does not open with {%") + ".", pointer);
        }
    }
}
