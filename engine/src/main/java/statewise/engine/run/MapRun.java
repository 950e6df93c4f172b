package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.ItemProcessor;
import statewise.engine.model.MapState;
import statewise.engine.model.State;
import statewise.engine.query.JsonataEvaluator.Expected;
import statewise.engine.run.history.EventType;

/**
 * A Map state: runs its item processor once per item, each iteration a strand of its own, at most
 * MaxConcurrency at a time; the result is the iterations' outputs in item order. Iterations that fail end the
 * state unless ToleratedFailureCount/Percentage allow them. Inline iterations record their events in this
 * history; a distributed Map records a map run instead, its iterations being child executions.
 */
final class MapRun extends RecoverableRun implements Strand.Owner {

    private final MapState map;
    private final MapLimits limits = new MapLimits();
    private final List<Strand> running = new ArrayList<>();
    private JsonNode items = ExecutionRun.NODES.arrayNode();
    private List<JsonNode> itemInputs = List.of();
    private JsonNode[] results = new JsonNode[0];
    private int started;
    private int finished;
    private int failures;
    private long iterationAnchor;
    private long succeededAnchor;
    private long failingLast;
    private boolean iterationsFailed;
    /** Set when a JSONata evaluation of this attempt failed: AWS then records MapStateFailed as well. */
    private boolean evaluationFailed;
    private @Nullable String failure;
    private @Nullable String failureCause;

    MapRun(ExecutionRun exec, Strand strand, String name, MapState map, JsonNode input) {
        super(exec, strand, name, input);
        this.map = map;
    }

    @Override
    State state() {
        return map;
    }

    @Override
    EventType enteredType() {
        return EventType.MAP_STATE_ENTERED;
    }

    @Override
    EventType exitedType() {
        return EventType.MAP_STATE_EXITED;
    }

    @Override
    EventType abortedType() {
        return EventType.MAP_STATE_ABORTED;
    }

    @Override
    void attempt() {
        evaluationFailed = false;
        MapLimits.Reader reader = (value, path, field, integral) -> dataFlow.number(this, value, path, effective,
                field, integral);
        items = MapItems.items(dataFlow.value(this, map.items(), map.itemsPath(), effective, "ItemsPath",
                Expected.ARRAY), effective, dataFlow.evaluationError());
        limits.readConcurrency(map, reader, items.size(), errorPrefix());
        itemInputs = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            itemInputs.add(itemInput(effective, i, items.get(i)));
        }
        results = new JsonNode[items.size()];
        started = finished = failures = 0;
        iterationsFailed = false;
        running.clear();
        ObjectNode startedDetails = exec.details().put("length", items.size());
        iterationAnchor = exec.emit(strand, EventType.MAP_STATE_STARTED, startedDetails);
        limits.readTolerance(map, reader);
        if (map.isDistributed()) {
            iterationAnchor = exec.emit(strand, EventType.MAP_RUN_STARTED, exec.details().put("mapRunArn",
                    MapItems.mapRunArn(exec.request().identity(), map, name)));
        }
        succeededAnchor = iterationAnchor;
        if (items.isEmpty()) {
            exec.scheduler().next(() -> guarded(this::allSucceeded));
            return;
        }
        for (int i = 0; i < limits.initialSlots(); i++) {
            startNext();
        }
    }

    private JsonNode itemInput(JsonNode effective, int index, JsonNode item) {
        JsonNode selector = map.itemSelector() != null ? map.itemSelector() : map.parameters();
        if (selector == null) {
            return item;
        }
        JsonNode context = exec.contextObject().forState(name, enteredTime, retryCount(),
                new Strand.MapItem(index, item));
        return dataFlow.payload(this, selector, effective, context, "ItemSelector");
    }

    private void startNext() {
        if (started >= itemInputs.size()) {
            return;
        }
        int index = started++;
        ItemProcessor processor = map.processor();
        Strand iteration = strand.iteration(processor, name, new Strand.MapItem(index, items.get(index)), this,
                !map.isDistributed());
        running.add(iteration);
        exec.scheduler().spawn(() -> guarded(() -> {
            if (iteration.cancelled) {
                return;
            }
            iteration.last = iteration.recorded ? exec.emitAfter(strand, iterationAnchor,
                    EventType.MAP_ITERATION_STARTED, iterationDetails(index)) : 0;
            exec.enter(iteration, processor.startAt(), itemInputs.get(index));
        }));
    }

    private ObjectNode iterationDetails(int index) {
        return exec.details().put("index", index).put("name", name);
    }

    @Override
    public void succeeded(Strand iteration, JsonNode output) {
        int index = iteration.item.index();
        results[index] = output;
        if (iteration.recorded) {
            succeededAnchor = exec.emitAfter(strand, iteration.last, EventType.MAP_ITERATION_SUCCEEDED,
                    iterationDetails(index));
            iterationAnchor = iteration.last;
        }
        iterationEnded(iteration);
    }

    @Override
    public void failed(Strand iteration, @Nullable String error, @Nullable String cause) {
        if (iteration.recorded) {
            exec.emitAfter(strand, iteration.last, EventType.MAP_ITERATION_FAILED,
                    iterationDetails(iteration.item.index()));
            iterationAnchor = iteration.last;
        }
        failures++;
        failingLast = iteration.last;
        if (limits.tolerates(failures)) {
            results[iteration.item.index()] = ExecutionRun.NODES.nullNode();
            iterationEnded(iteration);
            return;
        }
        running.remove(iteration);
        abortIterations();
        iterationsFailed = true;
        strand.last = iteration.last;
        failure = limits.toleranceSet() ? ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD : error;
        failureCause = limits.toleranceSet() ? "The specified tolerated failure threshold was exceeded" : cause;
        exec.scheduler().next(() -> guarded(() -> failed(failure, failureCause)));
    }

    private void iterationEnded(Strand iteration) {
        running.remove(iteration);
        finished++;
        if (finished == itemInputs.size()) {
            exec.scheduler().next(() -> guarded(this::allSucceeded));
        } else {
            startNext();
        }
    }

    @Override
    void cancelChildren() {
        abortIterations();
    }

    /** Stops the iterations still running: each records MapIterationAborted after its state's aborted event. */
    private void abortIterations() {
        for (Strand other : List.copyOf(running)) {
            boolean began = other.last > 0;
            exec.cancel(other);
            if (other.recorded && began) {
                exec.emitAfter(strand, other.last, EventType.MAP_ITERATION_ABORTED,
                        iterationDetails(other.item.index()));
            }
        }
        running.clear();
    }

    @Override
    void evaluationFailedRecorded() {
        evaluationFailed = true;
    }

    @Override
    void givingUp() {
        if (evaluationFailed && !iterationsFailed) {
            exec.emit(strand, EventType.MAP_STATE_FAILED, null);
            return;
        }
        if (!iterationsFailed) {
            return;
        }
        if (map.isDistributed()) {
            ObjectNode details = exec.details();
            if (failure != null) {
                details.put("error", failure);
            }
            if (failureCause != null) {
                details.put("cause", failureCause);
            }
            exec.emit(strand, EventType.MAP_RUN_FAILED, details);
        } else {
            strand.last = failingLast;
        }
        exec.emit(strand, EventType.MAP_STATE_FAILED, null);
    }

    private void allSucceeded() {
        if (map.isDistributed()) {
            succeededAnchor = exec.emit(strand, EventType.MAP_RUN_SUCCEEDED, null);
        }
        exec.emitAfter(strand, succeededAnchor, EventType.MAP_STATE_SUCCEEDED, null);
        strand.last = succeededAnchor;
        ArrayNode result = ExecutionRun.NODES.arrayNode(results.length);
        for (JsonNode r : results) {
            result.add(r);
        }
        exec.checkPayload(result, name);
        JsonNode selected = dataFlow.selectResult(this, map.resultSelector(), result);
        DataFlow.Leaving leaving = dataFlow.leave(this, effective, selected);
        exit(leaving.output(), leaving.assigned(), Boolean.TRUE.equals(map.end()) ? null : map.next());
    }
}
