package statewise.engine.run.mock;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A named entry of {@code MockedResponses}: which answer each invocation of a state gets. Keys are invocation
 * indexes counted from 0 ({@code "0"}) or inclusive ranges ({@code "1-2"}).
 *
 * @param name    the response's name, as test cases refer to it
 * @param entries the answers by invocation range, in file order, not overlapping
 */
public record MockedResponse(String name, List<Entry> entries) {

    /** The answer for invocations {@code from} to {@code to}, both included. */
    public record Entry(int from, int to, MockResponse response) {

        boolean covers(int invocation) {
            return invocation >= from && invocation <= to;
        }

        @Override
        public String toString() {
            return from == to ? Integer.toString(from) : from + "-" + to;
        }
    }

    public MockedResponse {
        entries = List.copyOf(entries);
    }

    /** The answer for the given invocation (0 for the first), or null when none is listed. */
    public @Nullable MockResponse at(int invocation) {
        for (Entry entry : entries) {
            if (entry.covers(invocation)) {
                return entry.response();
            }
        }
        return null;
    }

    /** The invocations listed, as the file writes them: {@code "0, 1-2"}. */
    public String coverage() {
        return entries.stream().map(Entry::toString).collect(Collectors.joining(", "));
    }
}
