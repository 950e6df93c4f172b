package statewise.engine.run.conformance;

import java.util.regex.Pattern;

/**
 * ISO-8601 date-times as the recording recognised them: real calendar dates only (no month 13, no 30 February, 29
 * February in leap years only), times to the second with up to nine fraction digits, and a zone. A string like
 * {@code 2016-13-05T21:29:29Z} is therefore not a date, and keeps its own normalisation.
 */
final class IsoDates {

    private static final String YEAR = "[1-9]\\d{3}";
    private static final String MONTH_DAY = "(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])"
            + "|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)";
    private static final String LEAP_YEAR = "(?:[1-9]\\d(?:0[48]|[2468][048]|[13579][26])"
            + "|(?:[2468][048]|[13579][26])00)";
    private static final String TIME = "T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?";
    private static final String ZONE = "(?:Z|[+-][01]\\d:?(?:[0-5]\\d)?)";

    static final Pattern PATTERN = Pattern.compile(
            "(?:" + YEAR + "-" + MONTH_DAY + "|" + LEAP_YEAR + "-02-29)" + TIME + ZONE);

    private IsoDates() {
    }
}
