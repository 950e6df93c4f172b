package statewise.engine.query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads timestamps as the Amazon States Language defines them: RFC 3339 with an uppercase {@code T} between date
 * and time and either an uppercase {@code Z} or a numeric offset, fractional seconds allowed
 * ({@code 2016-08-18T17:33:00Z}, {@code 2016-08-18T17:33:00.123456+01:00}). Choice rules compare them and the Wait
 * state waits for them; a date without a time, a missing offset or an impossible date is no timestamp.
 */
public final class AslTimestamps {

    private static final Pattern SHAPE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private AslTimestamps() {
    }

    /** The instant {@code text} denotes, or null when it is not an ASL timestamp. */
    public static @Nullable Instant parse(String text) {
        if (!SHAPE.matcher(text).matches()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
