package statewise.engine.validate;

import statewise.engine.document.DiagnosticCode;
import statewise.engine.model.JsonataText;
import statewise.engine.model.QueryLanguage;
import statewise.engine.query.JsonataSyntax;

/**
 * Every {@code {% %}} expression of a JSONata state parses, and a string that opens {@code {%} without closing
 * {@code %}} (or the other way round) is a broken expression rather than text. AWS refuses both at
 * CreateStateMachine ({@code INVALID_JSONATA_EXPRESSION}).
 */
final class JsonataExpressions implements Rule {

    @Override
    public void check(ValidationContext context) {
        for (StateVisit v : context.states()) {
            if (v.queryLanguage() != QueryLanguage.JSONATA) {
                continue;
            }
            JsonataStrings.forEach(v.state(), v.pointer(), (text, pointer) -> check(context, text, pointer));
        }
    }

    private static void check(ValidationContext context, String text, String pointer) {
        if (JsonataText.isExpression(text)) {
            JsonataSyntax.checkField(text).ifPresent(e -> context.report(DiagnosticCode.INVALID_JSONATA,
                    "Invalid JSONata expression: " + e.message() + " (at character " + (e.offset() + 1) + ").",
                    pointer));
        } else if (text.startsWith(JsonataText.OPEN) || text.endsWith(JsonataText.CLOSE)) {
            context.report(DiagnosticCode.INVALID_JSONATA, "A JSONata expression is written \"{% expression %}\": this"
                    + " string " + (text.startsWith(JsonataText.OPEN) ? "opens with {% but does not end with %}"
                    : "ends with %} but does not open with {%") + ".", pointer);
        }
    }
}
