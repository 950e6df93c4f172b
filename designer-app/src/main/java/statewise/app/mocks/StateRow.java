package statewise.app.mocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A state as the chosen test case sees it.
 *
 * @param state    the state's name
 * @param kind     whether the test case mocks it, does not, or mocks a state the workflow no longer has
 * @param response the mocked response's name, or null when it is not mocked
 */
public record StateRow(String state, Kind kind, @Nullable String response) {

    /** The rows of a test case mapping {@code mapping}: the Task states {@code tasks} in order, then stale names. */
    static List<StateRow> of(Map<String, String> mapping, List<String> tasks) {
        List<StateRow> rows = new ArrayList<>();
        for (String task : tasks) {
            String response = mapping.get(task);
            rows.add(new StateRow(task, response == null ? Kind.UNMOCKED : Kind.MOCKED, response));
        }
        mapping.forEach((mocked, response) -> {
            if (!tasks.contains(mocked)) {
                rows.add(new StateRow(mocked, Kind.STALE, response));
            }
        });
        return rows;
    }

    /** How a test case treats a state. */
    public enum Kind {
        /** A Task state the test case answers with a response. */
        MOCKED,
        /** A Task state the test case does not answer: its calls go to the run's next source, or fail. */
        UNMOCKED,
        /** A name the test case mocks that is no Task state of the workflow (renamed or deleted). */
        STALE
    }
}
