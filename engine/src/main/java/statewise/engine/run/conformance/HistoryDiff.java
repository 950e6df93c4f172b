package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Compares two histories event by event. The first differing event is reported in full (each differing field,
 * with both values); later differing events are only named, since they usually follow from the first. Where the
 * recording sorted the events of Parallel states (ids {@code [0]}), each such run of events is compared as a
 * multiset.
 */
final class HistoryDiff {

    private static final int FIELDS_SHOWN = 6;
    private static final int EVENTS_NAMED = 8;

    private final Placeholders placeholders;
    private final List<Difference> differences = new ArrayList<>();
    private final List<String> laterEvents = new ArrayList<>();

    private HistoryDiff(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    static List<Difference> compare(List<ObjectNode> expected, List<ObjectNode> actual, boolean sortedParallel,
            Placeholders placeholders) {
        HistoryDiff diff = new HistoryDiff(placeholders);
        diff.walk(expected, actual, sortedParallel);
        return diff.differences;
    }

    private void walk(List<ObjectNode> expected, List<ObjectNode> actual, boolean sortedParallel) {
        int i = 0;
        int j = 0;
        while (i < expected.size() && j < actual.size()) {
            if (sortedParallel && isSorted(expected.get(i))) {
                int iEnd = runEnd(expected, i);
                int jEnd = runEnd(actual, j);
                compareRun(expected.subList(i, iEnd), actual.subList(j, jEnd), i);
                i = iEnd;
                j = jEnd;
            } else {
                compareEvent(expected.get(i), actual.get(j), i, "");
                i++;
                j++;
            }
        }
        if (!laterEvents.isEmpty()) {
            differences.add(Difference.note("history", laterEvents.size() + " later event"
                    + (laterEvents.size() == 1 ? " differs" : "s differ") + " too: " + names(laterEvents)));
        }
        if (i < expected.size()) {
            differences.add(Difference.note("history", (expected.size() - i) + " expected event(s) missing at the "
                    + "end of ours: " + names(labels(expected.subList(i, expected.size()), i))));
        }
        if (j < actual.size()) {
            differences.add(Difference.note("history", (actual.size() - j) + " event(s) more in ours at the end: "
                    + names(labels(actual.subList(j, actual.size()), j))));
        }
    }

    private void compareEvent(ObjectNode expected, ObjectNode actual, int index, String context) {
        boolean sameType = expected.path("type").equals(actual.path("type"));
        List<JsonDiff.Leaf> leaves = sameType ? JsonDiff.diff("", expected, actual, placeholders, FIELDS_SHOWN, false)
                : List.of();
        if (sameType && leaves.isEmpty()) {
            return;
        }
        String label = label(expected, index);
        if (!differences.isEmpty()) {
            laterEvents.add(label);
        } else if (!sameType) {
            differences.add(new Difference("history " + number(expected, index), "another event" + context,
                    describe(expected), describe(actual)));
        } else {
            String count = leaves.size() == 1 ? "1 field differs" : leaves.size() + (leaves.size() == FIELDS_SHOWN
                    ? " or more fields differ" : " fields differ");
            differences.add(Difference.note("history " + label, count + context));
            leaves.forEach(leaf -> differences.add(Difference.of("  " + leaf.path(), leaf.expected(),
                    leaf.actual())));
        }
    }

    /** The events of one sorted Parallel run, as multisets: equal events pair up, the rest are compared. */
    private void compareRun(List<ObjectNode> expected, List<ObjectNode> actual, int start) {
        List<ObjectNode> unmatched = new ArrayList<>(actual);
        List<ObjectNode> missing = new ArrayList<>();
        for (ObjectNode event : expected) {
            @Nullable ObjectNode twin = null;
            for (ObjectNode candidate : unmatched) {
                Placeholders trial = placeholders.copy();
                if (JsonDiff.equal(event, candidate, trial)) {
                    placeholders.adopt(trial);
                    twin = candidate;
                    break;
                }
            }
            if (twin == null) {
                missing.add(event);
            } else {
                unmatched.remove(twin);
            }
        }
        String context = " (in a Parallel run the recording sorted, compared as a set: " + expected.size()
                + " events expected, " + actual.size() + " ours)";
        for (ObjectNode event : missing) {
            @Nullable ObjectNode closest = closest(event, unmatched);
            if (closest == null) {
                reportMissing(label(event, start + expected.indexOf(event)), "has no counterpart in ours" + context);
            } else {
                unmatched.remove(closest);
                compareEvent(event, closest, start + expected.indexOf(event), context);
            }
        }
        unmatched.forEach(extra -> reportMissing(label(extra, -1), "is in ours only" + context));
    }

    private void reportMissing(String label, String detail) {
        if (differences.isEmpty()) {
            differences.add(Difference.note("history " + label, detail));
        } else {
            laterEvents.add(label);
        }
    }

    /** The unmatched event most like {@code event}: same type and state name, else same type, else none. */
    private static @Nullable ObjectNode closest(ObjectNode event, List<ObjectNode> candidates) {
        @Nullable ObjectNode sameType = null;
        for (ObjectNode candidate : candidates) {
            if (candidate.path("type").equals(event.path("type"))) {
                if (stateName(candidate).equals(stateName(event))) {
                    return candidate;
                }
                sameType = sameType == null ? candidate : sameType;
            }
        }
        return sameType != null ? sameType : candidates.isEmpty() ? null : candidates.get(0);
    }

    static boolean isSorted(JsonNode event) {
        return event.path("id").isArray();
    }

    private static int runEnd(List<ObjectNode> events, int from) {
        int end = from;
        while (end < events.size() && isSorted(events.get(end))) {
            end++;
        }
        return end;
    }

    /** {@code #3 ChoiceStateExited "Choice"}: the id (or the position, for sorted events), type and state. */
    static String label(JsonNode event, int index) {
        return number(event, index) + " " + describe(event);
    }

    private static String number(JsonNode event, int index) {
        JsonNode id = event.path("id");
        return id.isNumber() ? "#" + id.asLong() : index >= 0 ? "event " + (index + 1) : "event";
    }

    /** {@code ChoiceStateExited "Choice"}. */
    private static String describe(JsonNode event) {
        String name = stateName(event);
        return event.path("type").asText("?") + (name.isEmpty() ? "" : " \"" + name + "\"");
    }

    private static String stateName(JsonNode event) {
        for (JsonNode value : event) {
            if (value.isObject() && value.path("name").isTextual()) {
                return value.get("name").asText();
            }
        }
        return "";
    }

    private static List<String> labels(List<ObjectNode> events, int start) {
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < events.size(); k++) {
            labels.add(label(events.get(k), start + k));
        }
        return labels;
    }

    private static String names(List<String> labels) {
        String shown = String.join(", ", labels.subList(0, Math.min(EVENTS_NAMED, labels.size())));
        return labels.size() > EVENTS_NAMED ? shown + ", …" : shown;
    }
}
