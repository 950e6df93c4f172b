package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Compares our normalised answer with a case's expectation: the status; the output, or the error and cause; the
 * list of event types; and, where recorded, the full history (ids, previousEventId and every detail). Values are
 * compared as JSON, never as text (see {@link JsonDiff}).
 */
public final class ResultComparator {

    private static final int OUTPUT_LEAVES = 8;

    private ResultComparator() {
    }

    public static Comparison compare(ConformanceCase testCase, NormalizedResult actual) {
        return compare(testCase.expected(), testCase.normalization().parallelBranchEventsSorted(), actual);
    }

    /** @param sortedParallel true where the recording sorted the events of Parallel states */
    public static Comparison compare(Expectation expected, boolean sortedParallel, NormalizedResult actual) {
        Placeholders placeholders = new Placeholders();
        List<Difference> differences = new ArrayList<>();
        if (!expected.status().equals(actual.status().name())) {
            differences.add(new Difference("status", null, expected.status(), status(actual)));
        }
        if (expected.output() != null) {
            JsonDiff.diff("output", expected.output(), actual.output(), placeholders, OUTPUT_LEAVES, false)
                    .forEach(leaf -> differences.add(Difference.of(leaf.path(), leaf.expected(), leaf.actual())));
        }
        boolean failed = expected.status().equals("FAILED");
        if (failed || expected.error() != null) {
            JsonDiff.diff("error", text(expected.error()), text(actual.error()), placeholders, 1, false)
                    .forEach(leaf -> differences.add(Difference.of(leaf.path(), leaf.expected(), leaf.actual())));
        }
        if (failed || expected.cause() != null) {
            JsonDiff.diff("cause", expected.cause(), actual.cause(), placeholders, OUTPUT_LEAVES, true)
                    .forEach(leaf -> differences.add(Difference.of(leaf.path(), leaf.expected(), leaf.actual())));
        }
        if (expected.events() != null) {
            Difference events = EventsDiff.compare(expected.events(), expected.history(), actual.events(),
                    actual.history(), sortedParallel);
            if (events != null) {
                differences.add(events);
            }
        }
        if (expected.history() != null) {
            differences.addAll(HistoryDiff.compare(expected.history(), actual.history(), sortedParallel,
                    placeholders));
        }
        return new Comparison(differences, actual.notes());
    }

    /** {@code FAILED (States.Runtime: the cause…)}: the status, and why when it failed. */
    private static String status(NormalizedResult actual) {
        if (actual.error() == null && actual.cause() == null) {
            return actual.status().name();
        }
        String cause = actual.cause() == null ? "" : actual.cause().isTextual() ? actual.cause().textValue()
                : actual.cause().toString();
        String why = (actual.error() == null ? "" : actual.error()) + (cause.isEmpty() ? "" : ": " + cause);
        return actual.status().name() + " (" + (why.length() > 200 ? why.substring(0, 200) + "…" : why) + ")";
    }

    private static @Nullable JsonNode text(@Nullable String value) {
        return value == null ? null : JsonNodeFactory.instance.textNode(value);
    }
}
