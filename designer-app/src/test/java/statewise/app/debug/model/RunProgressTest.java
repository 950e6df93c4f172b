package statewise.app.debug.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

class RunProgressTest {

    private long id;

    private HistoryEvent event(EventType type, @Nullable ObjectNode details) {
        id++;
        return new HistoryEvent(id, id - 1, Instant.EPOCH, type, details);
    }

    private List<HistoryEvent> iterations(int count, EventType end) {
        List<HistoryEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event(EventType.MAP_ITERATION_STARTED, null));
            events.add(event(EventType.PASS_STATE_EXITED, null));
            events.add(event(end, null));
        }
        return events;
    }

    @Test
    void beforeAnyMapStartsOnlyTheStatesDoneAreKnown() {
        RunProgress progress = new RunProgress();

        progress.accept(List.of(event(EventType.TASK_STATE_EXITED, null), event(EventType.CHOICE_STATE_EXITED, null)));

        assertEquals(0, progress.total());
        assertEquals("2 states done", progress.summary());
    }

    @Test
    void aMapsItemCountMakesTheProgressDeterminateAndEndedIterationsCount() {
        RunProgress progress = new RunProgress();
        progress.accept(List.of(event(EventType.MAP_STATE_STARTED, JsonNodeFactory.instance.objectNode()
                .put("length", 1000))));

        progress.accept(iterations(300, EventType.MAP_ITERATION_SUCCEEDED));
        progress.accept(iterations(40, EventType.MAP_ITERATION_FAILED));

        assertEquals(340, progress.done());
        assertEquals(1000, progress.total());
        assertEquals("340 states done · 340 of 1,000 Map items", progress.summary());
    }

    @Test
    void aMapWithoutALengthAddsNothingToTheTotal() {
        RunProgress progress = new RunProgress();

        progress.accept(List.of(event(EventType.MAP_STATE_STARTED, null), event(EventType.MAP_STATE_EXITED, null)));

        assertEquals(0, progress.total());
        assertEquals("1 state done", progress.summary());
    }
}
