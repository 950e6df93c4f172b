package statewise.app.debug.model;

import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.history.EventType;

/**
 * Which rows the event history table shows: of one type, of one state, with one outcome, and containing a search
 * text (in the type, the state or the details, ignoring case). A null criterion lets every row through.
 */
public record EventFilter(@Nullable EventType type, @Nullable String state, EventRow.@Nullable Outcome outcome,
        String search) implements Predicate<EventRow> {

    public static final EventFilter ALL = new EventFilter(null, null, null, "");

    @Override
    public boolean test(EventRow row) {
        if (type != null && row.type() != type) {
            return false;
        }
        if (state != null && !state.equals(row.state())) {
            return false;
        }
        if (outcome != null && row.outcome() != outcome) {
            return false;
        }
        if (search.isBlank()) {
            return true;
        }
        String needle = search.strip().toLowerCase(Locale.ROOT);
        return row.type().awsName().toLowerCase(Locale.ROOT).contains(needle)
                || row.state().toLowerCase(Locale.ROOT).contains(needle)
                || String.valueOf(row.id()).equals(needle)
                || row.details().toString().toLowerCase(Locale.ROOT).contains(needle);
    }

    public EventFilter withType(@Nullable EventType value) {
        return new EventFilter(value, state, outcome, search);
    }

    public EventFilter withState(@Nullable String value) {
        return new EventFilter(type, value, outcome, search);
    }

    public EventFilter withOutcome(EventRow.@Nullable Outcome value) {
        return new EventFilter(type, state, value, search);
    }

    public EventFilter withSearch(String value) {
        return new EventFilter(type, state, outcome, value);
    }
}
