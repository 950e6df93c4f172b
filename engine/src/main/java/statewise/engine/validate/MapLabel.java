package statewise.engine.validate;

import statewise.engine.document.DiagnosticCode;
import statewise.engine.model.MapState;

/**
 * A distributed Map's {@code Label} names its child executions, so it follows AWS's naming rules: 1 to 40
 * characters, no whitespace, no {@code < > { } [ ] ? * " # % \ ^ | ~ ` $ & , ; : /} and no control characters.
 */
final class MapLabel implements StateRule {

    static final int MAX_LENGTH = 40;
    private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

    @Override
    public void checkState(ValidationContext context, StateVisit v) {
        if (!(v.state() instanceof MapState map) || map.label() == null) {
            return;
        }
        String label = map.label();
        String pointer = v.field("Label");
        if (label.isEmpty()) {
            context.report(DiagnosticCode.INVALID_VALUE, "Label cannot be empty.", pointer);
        } else if (label.codePointCount(0, label.length()) > MAX_LENGTH) {
            context.report(DiagnosticCode.INVALID_VALUE, "Label cannot exceed " + MAX_LENGTH + " characters.",
                    pointer);
        } else {
            label.codePoints().filter(MapLabel::forbidden).findFirst().ifPresent(c -> context.report(
                    DiagnosticCode.INVALID_VALUE, "Label contains invalid character: " + describe(c) + ".",
                    pointer));
        }
    }

    private static boolean forbidden(int c) {
        return Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)
                || FORBIDDEN.indexOf(c) >= 0;
    }

    private static String describe(int c) {
        return Character.isISOControl(c) || Character.isWhitespace(c) ? String.format("U+%04X", c)
                : "'" + Character.toString(c) + "'";
    }
}
