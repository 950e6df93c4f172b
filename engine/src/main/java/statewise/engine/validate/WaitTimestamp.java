package statewise.engine.validate;

import java.util.regex.Pattern;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.model.JsonataText;
import statewise.engine.model.WaitState;
import statewise.engine.parse.Placeholders;

/**
 * A Wait state's literal {@code Timestamp} is an RFC 3339 date and time with an uppercase {@code T} and a time
 * zone. AWS: "String does not match RFC3339 timestamp", for impossible dates and times too.
 */
final class WaitTimestamp implements StateRule {

    private static final Pattern RFC3339 = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    @Override
    public void checkState(ValidationContext context, StateVisit v) {
        if (v.state() instanceof WaitState wait && wait.timestamp() != null) {
            String t = wait.timestamp();
            if (!JsonataText.isExpression(t) && !Placeholders.isPlaceholder(t) && !isTimestamp(t)) {
                context.report(DiagnosticCode.INVALID_TIMESTAMP, "String does not match RFC3339 timestamp: '" + t
                        + "' (write e.g. 2030-01-31T23:59:59Z).", v.field("Timestamp"));
            }
        }
    }

    /** True for an RFC 3339 timestamp naming a real date and time (leap seconds aside). */
    static boolean isTimestamp(String s) {
        var m = RFC3339.matcher(s);
        if (!m.matches()) {
            return false;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return false;
        }
        return Integer.parseInt(m.group(4)) < 24 && Integer.parseInt(m.group(5)) < 60
                && Integer.parseInt(m.group(6)) < 60;
    }
}
