package statewise.engine.run;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Which AWS Step Functions to behave like: the service as it was on {@code serviceDate}. AWS changes details of
 * its answers over time (a new member of the context object, the order of a few history events), and recordings
 * made before a change show the old behaviour. Runs use {@link #CURRENT}, AWS as it answers today; a replay or a
 * conformance case recorded on a given day uses {@link #asOf} that day, so both old and new recordings agree.
 *
 * <p>Each dated rule names the day from which AWS behaves the new way: a day between the newest recording that
 * shows the old behaviour and the oldest that shows the new one (or AWS's announcement of the change).
 *
 * @param serviceDate the day whose AWS behaviour to follow, in UTC
 */
public record AwsBehaviour(LocalDate serviceDate) {

    /** AWS Step Functions as it answers today. */
    public static final AwsBehaviour CURRENT = new AwsBehaviour(LocalDate.MAX);

    /**
     * From AWS's launch of execution redrive (15 November 2023) the context object's {@code Execution} holds
     * {@code RedriveCount}: recordings of October 2023 lack it, those from July 2024 on have it.
     */
    static final LocalDate REDRIVE_COUNT_SINCE = LocalDate.of(2023, 11, 15);

    /**
     * From November 2024 a distributed Map's MapStateExited follows its MapRunStarted event instead of its
     * MapRunSucceeded: the 31 recordings up to 19 August 2024 link it to MapRunSucceeded, the 12 from 13 November
     * 2024 on to MapRunStarted.
     */
    static final LocalDate MAP_EXIT_AFTER_RUN_STARTED_SINCE = LocalDate.of(2024, 11, 1);

    /** AWS as it was at {@code instant} (a recording's date, a replayed execution's start). */
    public static AwsBehaviour asOf(Instant instant) {
        return new AwsBehaviour(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /** Whether the context object's {@code Execution} holds {@code RedriveCount} (for executions that may redrive). */
    boolean contextHasRedriveCount() {
        return since(REDRIVE_COUNT_SINCE);
    }

    /** Whether a distributed Map's MapStateExited follows MapRunStarted (else MapRunSucceeded). */
    boolean mapExitFollowsMapRunStarted() {
        return since(MAP_EXIT_AFTER_RUN_STARTED_SINCE);
    }

    private boolean since(LocalDate change) {
        return !serviceDate.isBefore(change);
    }
}
