package statewise.engine.validate;

import java.util.HashMap;
import java.util.Map;
import statewise.engine.document.DiagnosticCode;

/**
 * State names are unique across the whole state machine (nested branches and item processors included) and 1 to
 * 80 characters long, without control characters.
 *
 * <p>ASL: "State names MUST be unique within the scope of the whole state machine"; AWS: "the name of a state
 * must be no longer than 80 Unicode characters" ({@code DUPLICATE_STATE_NAME}, {@code INVALID_STATE_NAME}).
 */
final class StateNames implements Rule {

    static final int MAX_LENGTH = 80;

    @Override
    public void check(ValidationContext context) {
        if (context.isSingleState()) {
            return;
        }
        Map<String, String> firstSeen = new HashMap<>();
        for (StateVisit v : context.states()) {
            String earlier = firstSeen.putIfAbsent(v.name(), v.pointer());
            if (earlier != null) {
                context.report(DiagnosticCode.DUPLICATE_STATE_NAME, "The state name '" + v.name()
                        + "' is used more than once; state names must be unique across the whole state machine"
                        + " (first use at " + earlier + ").", v.pointer());
            }
            int length = v.name().codePointCount(0, v.name().length());
            if (length == 0 || length > MAX_LENGTH) {
                context.report(DiagnosticCode.INVALID_STATE_NAME, "A state name must be 1 to " + MAX_LENGTH
                        + " characters long; '" + v.name() + "' has " + length + ".", v.pointer());
            } else if (hasControlCharacter(v.name())) {
                context.report(DiagnosticCode.INVALID_STATE_NAME, "The state name '" + v.name().strip()
                        + "' contains a control character.", v.pointer());
            }
        }
    }

    private static boolean hasControlCharacter(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
