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
    /** A distributed Map's MapRunStarted event, which its MapStateExited follows in AWS's current histories. */
    private long mapRunStartedId;
    private long failingLast;
    private boolean iterationsFailed;
    /** Set when a JSONata evaluation of this attempt failed: AWS then records MapStateFailed as well. */
    private boolean evaluationFailed;
    private @Nullable String failure;
    private @Nullable String failureCause;
    private String mapRunArn = "";
    /** What each child execution did, kept for a ResultWriter; null without one. */
    private @Nullable ChildExecutions children;

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
        started = finished = failures = 0;
        iterationsFailed = false;
        running.clear();
        mapRunArn = MapItems.mapRunArn(exec.request().identity(), map, name);
        if (map.itemReader() != null) {
            limits.readConcurrency(map, reader, 0, errorPrefix());
            mapRunStarted(reader, 0);
            if (!readItems()) {
                return;
            }
        } else {
            items = MapItems.items(dataFlow.value(this, map.items(), map.itemsPath(), effective, "ItemsPath",
                    Expected.ARRAY), effective, dataFlow.evaluationError());
            limits.readConcurrency(map, reader, items.size(), errorPrefix());
            selectItems();
            mapRunStarted(reader, items.size());
        }
        results = new JsonNode[itemInputs.size()];
        limits.itemCount(itemInputs.size());
        children = map.isDistributed() && map.resultWriter() != null
                ? new ChildExecutions(mapRunArn, itemInputs.size()) : null;
        if (items.isEmpty()) {
            exec.scheduler().next(() -> guarded(this::allSucceeded));
            return;
        }
        for (int i = 0; i < limits.initialSlots(); i++) {
            startNext();
        }
    }

    /** MapStateStarted, then (AWS reads the tolerated failures in between) MapRunStarted for a distributed Map. */
    private void mapRunStarted(MapLimits.Reader reader, int length) {
        iterationAnchor = exec.emit(strand, EventType.MAP_STATE_STARTED, exec.details().put("length", length));
        limits.readTolerance(map, reader);
        if (map.isDistributed()) {
            iterationAnchor = exec.emit(strand, EventType.MAP_RUN_STARTED, exec.details().put("mapRunArn",
                    mapRunArn));
            mapRunStartedId = iterationAnchor;
        }
        succeededAnchor = iterationAnchor;
    }

    /** The ItemReader's items, through ItemSelector and ItemBatcher; false when the map run failed reading them. */
    private boolean readItems() {
        try {
            items = ExecutionRun.NODES.arrayNode().addAll(ItemReading.read(exec, this, map));
            selectItems();
            if (map.itemBatcher() != null) {
                itemInputs = ItemReading.batch(this, map.itemBatcher(), itemInputs);
                items = ExecutionRun.NODES.arrayNode().addAll(itemInputs);
            }
            return true;
        } catch (StatesError e) {
            mapRunFailed(e.error(), e.errorCause());
            return false;
        }
    }

    private void selectItems() {
        itemInputs = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            itemInputs.add(itemInput(effective, i, items.get(i)));
        }
    }

    /** The map run itself failed (reading items, writing results): MapRunFailed and MapStateFailed follow. */
    private void mapRunFailed(String error, @Nullable String cause) {
        iterationsFailed = true;
        failure = error;
        failureCause = cause;
        failingLast = strand.last;
        failed(error, cause);
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
            if (children != null) {
                children.started(index, itemInputs.get(index), exec.scheduler().clock().now());
            }
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
        if (children != null) {
            children.succeeded(index, output, exec.scheduler().clock().now());
        }
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
        if (children != null) {
            children.failed(iteration.item.index(), error, cause, exec.scheduler().clock().now());
        }
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
        JsonNode result = children == null ? null : writeResults();
        if (children != null && result == null) {
            return;
        }
        if (map.isDistributed()) {
            succeededAnchor = exec.emit(strand, EventType.MAP_RUN_SUCCEEDED, null);
        }
        exec.emitAfter(strand, succeededAnchor, EventType.MAP_STATE_SUCCEEDED, null);
        strand.last = map.isDistributed() && exec.request().behaviour().mapExitFollowsMapRunStarted()
                ? mapRunStartedId : succeededAnchor;
        if (result == null) {
            ArrayNode all = ExecutionRun.NODES.arrayNode(results.length);
            for (JsonNode r : results) {
                all.add(r);
            }
            result = all;
        }
        exec.checkPayload(result, name);
        JsonNode selected = dataFlow.selectResult(this, map.resultSelector(), result);
        DataFlow.Leaving leaving = dataFlow.leave(this, effective, selected);
        exit(leaving.output(), leaving.assigned(), Boolean.TRUE.equals(map.end()) ? null : map.next());
    }

    /** The ResultWriter's files written; the Map's result, or null when writing failed the map run. */
    private @Nullable JsonNode writeResults() {
        try {
            return ResultWriting.write(exec, this, map.resultWriter(), mapRunArn, children);
        } catch (StatesError e) {
            mapRunFailed(e.error(), e.errorCause());
            return null;
        }
    }
}
