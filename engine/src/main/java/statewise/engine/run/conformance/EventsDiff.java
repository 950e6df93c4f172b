package statewise.engine.run.conformance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Compares the lists of event types and shows the first difference in context: a few types either side, the
 * differing one in brackets. This is the overview a reader wants first: where our execution took another path.
 */
final class EventsDiff {

    private static final int BEFORE = 2;
    private static final int AFTER = 3;

    private EventsDiff() {
    }

    /**
     * The difference, or null when the lists agree. Where the recording sorted Parallel events, the types within
     * each sorted run (told by the history's {@code [0]} ids) are compared sorted.
     */
    static @Nullable Difference compare(List<String> expected, @Nullable List<ObjectNode> expectedHistory,
            List<String> actual, List<ObjectNode> actualHistory, boolean sortedParallel) {
        List<String> e = sortedParallel ? sortRuns(expected, expectedHistory) : expected;
        List<String> a = sortedParallel ? sortRuns(actual, actualHistory) : actual;
        int n = Math.min(e.size(), a.size());
        int at = 0;
        while (at < n && e.get(at).equals(a.get(at))) {
            at++;
        }
        if (at == n && e.size() == a.size()) {
            return null;
        }
        String detail = "first difference at event " + (at + 1) + " (" + e.size() + " expected, " + a.size()
                + " ours)";
        return new Difference("events", detail, window(e, at), window(a, at));
    }

    private static String window(List<String> types, int at) {
        int from = Math.max(0, at - BEFORE);
        int to = Math.min(types.size(), at + AFTER + 1);
        List<String> shown = new ArrayList<>();
        for (int k = from; k < to; k++) {
            shown.add(k == at ? "[" + types.get(k) + "]" : types.get(k));
        }
        if (at >= types.size()) {
            shown.add("[end]");
        }
        return (from > 0 ? "… " : "") + String.join(", ", shown) + (to < types.size() ? " …" : "");
    }

    private static List<String> sortRuns(List<String> types, @Nullable List<ObjectNode> history) {
        if (history == null || history.size() != types.size()) {
            return types;
        }
        List<String> sorted = new ArrayList<>(types);
        int i = 0;
        while (i < history.size()) {
            int end = i;
            while (end < history.size() && HistoryDiff.isSorted(history.get(end))) {
                end++;
            }
            if (end > i) {
                sorted.subList(i, end).sort(null);
                i = end;
            } else {
                i++;
            }
        }
        return sorted;
    }
}
