package statewise.engine.suite;

import java.util.HashMap;
import java.util.Map;
import statewise.engine.run.history.ChildExecutionListener;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/**
 * Counts what executions exercise as their events come: the states entered and where each Choice state went, in
 * the execution's own history and in its distributed Maps' child executions (whose events are not part of that
 * history). Listen to one execution at a time and call {@link #executionEnded()} after each.
 */
final class CoverageTally implements ChildExecutionListener {

    private static final String EXECUTION = "";

    final Map<String, Long> entered = new HashMap<>();
    final Map<String, Map<String, Long>> targets = new HashMap<>();
    /** Per strand, the ChoiceStateExited events not yet followed: event id → Choice state name. */
    private final Map<String, Map<Long, String>> choiceExits = new HashMap<>();

    @Override
    public void onEvent(HistoryEvent event) {
        count(EXECUTION, event);
    }

    @Override
    public void onChildEvent(String strand, HistoryEvent event) {
        count(strand, event);
    }

    /** Forgets the ended execution's event ids, which the next execution numbers again. */
    void executionEnded() {
        choiceExits.clear();
    }

    private void count(String strand, HistoryEvent event) {
        String name = event.details() == null ? "" : event.details().path("name").asText("");
        if (event.type() == EventType.CHOICE_STATE_EXITED) {
            choiceExits.computeIfAbsent(strand, k -> new HashMap<>()).put(event.id(), name);
        } else if (event.type().awsName().endsWith("StateEntered")) {
            entered.merge(name, 1L, Long::sum);
            String choice = choiceExits.getOrDefault(strand, Map.of()).get(event.previousEventId());
            if (choice != null) {
                targets.computeIfAbsent(choice, k -> new HashMap<>()).merge(name, 1L, Long::sum);
            }
        }
    }
}
