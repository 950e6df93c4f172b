package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.Branch;
import statewise.engine.model.ParallelState;
import statewise.engine.model.State;
import statewise.engine.run.history.EventType;

/**
 * A Parallel state: every branch runs on the same input as its own strand; the result is the branches' outputs
 * in branch order. The first branch to fail stops the others and fails the state (which may retry or catch).
 */
final class ParallelRun extends RecoverableRun implements Strand.Owner {

    private final ParallelState parallel;
    private final List<Strand> branches = new ArrayList<>();
    private JsonNode[] results = new JsonNode[0];
    private int remaining;
    private long failingBranchLast;
    private boolean branchFailed;
    /** Set when a JSONata evaluation of this attempt failed: AWS then records ParallelStateFailed as well. */
    private boolean evaluationFailed;

    ParallelRun(ExecutionRun exec, Strand strand, String name, ParallelState parallel, JsonNode input) {
        super(exec, strand, name, input);
        this.parallel = parallel;
    }

    @Override
    State state() {
        return parallel;
    }

    @Override
    EventType enteredType() {
        return EventType.PARALLEL_STATE_ENTERED;
    }

    @Override
    EventType exitedType() {
        return EventType.PARALLEL_STATE_EXITED;
    }

    @Override
    EventType abortedType() {
        return EventType.PARALLEL_STATE_ABORTED;
    }

    @Override
    void attempt() {
        evaluationFailed = false;
        JsonNode branchInput = parallel.arguments() != null
                ? dataFlow.payload(this, parallel.arguments(), effective, null, "Arguments")
                : dataFlow.payload(this, parallel.parameters(), effective, null, "Parameters");
        long started = exec.emit(strand, EventType.PARALLEL_STATE_STARTED, null);
        List<Branch> graphs = parallel.branches() == null ? List.of() : parallel.branches();
        branches.clear();
        branchFailed = false;
        results = new JsonNode[graphs.size()];
        remaining = graphs.size();
        if (remaining == 0) {
            exec.scheduler().next(() -> guarded(this::allSucceeded));
            return;
        }
        for (int i = 0; i < graphs.size(); i++) {
            Branch graph = graphs.get(i);
            Strand branch = strand.branch(graph, name, i, this, started);
            branches.add(branch);
            exec.scheduler().spawn(() -> exec.enter(branch, graph.startAt(), branchInput));
        }
    }

    @Override
    public void succeeded(Strand branch, JsonNode output) {
        results[branches.indexOf(branch)] = output;
        strand.last = branch.last;
        if (--remaining == 0) {
            exec.scheduler().next(() -> guarded(this::allSucceeded));
        }
    }

    @Override
    public void failed(Strand branch, @Nullable String error, @Nullable String cause) {
        branches.stream().filter(b -> b != branch).forEach(exec::cancel);
        branch.cancelled = true;
        branchFailed = true;
        failingBranchLast = branch.last;
        strand.last = branch.last;
        exec.scheduler().next(() -> guarded(() -> failed(error, cause)));
    }

    @Override
    void cancelChildren() {
        branches.forEach(exec::cancel);
    }

    @Override
    void evaluationFailedRecorded() {
        evaluationFailed = true;
    }

    @Override
    void givingUp() {
        if (branchFailed) {
            strand.last = failingBranchLast;
        }
        if (branchFailed || evaluationFailed) {
            exec.emit(strand, EventType.PARALLEL_STATE_FAILED, null);
        }
    }

    private void allSucceeded() {
        exec.emitAfter(strand, strand.last, EventType.PARALLEL_STATE_SUCCEEDED, null);
        ArrayNode result = ExecutionRun.NODES.arrayNode(results.length);
        for (JsonNode r : results) {
            result.add(r);
        }
        exec.checkPayload(result, name);
        JsonNode selected = dataFlow.selectResult(this, parallel.resultSelector(), result);
        DataFlow.Leaving leaving = dataFlow.leave(this, effective, selected);
        exit(leaving.output(), leaving.assigned(), Boolean.TRUE.equals(parallel.end()) ? null : parallel.next());
    }
}
