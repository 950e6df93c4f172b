package statewise.app.canvas;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.app.session.SessionDocument;
import statewise.app.session.StatePointers;
import statewise.engine.model.Catcher;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.Expressible;
import statewise.engine.model.FailState;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.State;
import statewise.engine.model.StateType;
import statewise.engine.model.TaskState;
import statewise.engine.model.WaitState;

/**
 * What hovering a node tells about its state: the name and type, the Comment, and the few fields that say what it
 * does (a Task's resource, a Wait's time, a Choice's rule count, a Fail's error, retries and catchers, where it
 * goes next). A pure function, so the tooltip text is tested without a screen.
 */
public final class StateSummary {

    private StateSummary() {
    }

    /** The tooltip lines for the state {@code name}. */
    public static List<String> of(String name, State state) {
        List<String> lines = new ArrayList<>();
        String type = state.type() == StateType.UNKNOWN ? "Unknown type" : state.type().aslName();
        lines.add(name + " · " + type);
        if (state.comment() != null && !state.comment().isBlank()) {
            lines.add(state.comment().strip());
        }
        keyFields(state, lines);
        if (state.retry() != null && !state.retry().isEmpty()) {
            lines.add("Retry: " + count(state.retry().size(), "rule"));
        }
        if (state.catchers() != null && !state.catchers().isEmpty()) {
            lines.add("Catch: " + String.join("; ", state.catchers().stream().map(StateSummary::catcher).toList()));
        }
        if (state.next() != null) {
            lines.add("Next: " + state.next());
        } else if (Boolean.TRUE.equals(state.end())) {
            lines.add("Ends the flow");
        }
        return lines;
    }

    /** The lines joined for a tooltip. */
    public static String text(String name, State state) {
        return String.join("\n", of(name, state));
    }

    /** The tooltip of the state at {@code pointer} in {@code document}, or null when it has no such state. */
    static @Nullable String hoverText(SessionDocument document, String pointer) {
        State state = StatePointers.of(document.modelDocument()).get(pointer);
        return state == null ? null : text(StatePointers.name(pointer), state);
    }

    private static void keyFields(State state, List<String> lines) {
        if (state instanceof TaskState task) {
            add(lines, "Resource", task.resource());
            add(lines, "Timeout", seconds(task.timeoutSeconds()));
        } else if (state instanceof WaitState wait) {
            add(lines, "Seconds", seconds(wait.seconds()));
            add(lines, "SecondsPath", wait.secondsPath());
            add(lines, "Timestamp", wait.timestamp());
            add(lines, "TimestampPath", wait.timestampPath());
        } else if (state instanceof ChoiceState choice) {
            int rules = choice.choices() == null ? 0 : choice.choices().size();
            lines.add("Rules: " + rules + (choice.defaultState() == null ? ", no Default"
                    : ", Default: " + choice.defaultState()));
        } else if (state instanceof FailState fail) {
            add(lines, "Error", fail.error());
            add(lines, "Cause", fail.cause());
        } else if (state instanceof ParallelState parallel) {
            lines.add("Branches: " + (parallel.branches() == null ? 0 : parallel.branches().size()));
        } else if (state instanceof MapState map) {
            add(lines, "ItemsPath", map.itemsPath());
            add(lines, "MaxConcurrency", seconds(map.maxConcurrency()));
            if (map.isDistributed()) {
                lines.add("Distributed map run");
            }
        }
    }

    private static String catcher(Catcher catcher) {
        List<String> errors = catcher.errorEquals();
        String names = errors == null || errors.isEmpty() ? "(no errors)" : String.join(", ", errors);
        return names + " → " + catcher.next();
    }

    private static @Nullable String seconds(@Nullable Expressible<?> value) {
        if (value instanceof Expressible.Literal<?> literal) {
            return String.valueOf(literal.value());
        }
        return value instanceof Expressible.Jsonata<?> jsonata ? jsonata.text() : null;
    }

    private static void add(List<String> lines, String field, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            lines.add(field + ": " + value);
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
