package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.StateGraph;

/**
 * One thread of control through a state graph: the execution itself, a Parallel branch or a Map iteration.
 * It carries its variables, its place in the history's chain of {@code previousEventId}s, and whom to tell when
 * it ends.
 */
final class Strand {

    /** Told when a strand reaches an end: its graph's last state succeeded or a failure was not caught. */
    interface Owner {
        void succeeded(Strand strand, JsonNode output);

        void failed(Strand strand, @Nullable String error, @Nullable String cause);
    }

    /** The item a Map iteration works on ({@code $$.Map.Item}). */
    record MapItem(int index, JsonNode value) {
    }

    final StateGraph graph;
    final Variables variables;
    final @Nullable MapItem item;
    /** For a Parallel branch, its position among the branches; else null. */
    final @Nullable Integer branch;
    /** Where this strand runs, outermost first, e.g. {@code ["Process", "iteration 3"]}; empty for the execution. */
    final List<String> where;
    final Owner owner;
    /** The id of this strand's latest event: what its next event follows from. */
    long last;
    /** Set when the strand's Parallel or Map ended early: its remaining steps do nothing. */
    boolean cancelled;
    /** The state this strand is in (entered, not yet exited or failed), or null between states. */
    @Nullable StateRun active;
    /**
     * False for the iterations of a distributed Map: they are child executions with histories of their own, so
     * their events are not part of this execution's history.
     */
    final boolean recorded;

    private Strand(StateGraph graph, Variables variables, @Nullable MapItem item, @Nullable Integer branch,
            List<String> where, Owner owner, long last, boolean recorded) {
        this.graph = graph;
        this.variables = variables;
        this.item = item;
        this.branch = branch;
        this.where = where;
        this.owner = owner;
        this.last = last;
        this.recorded = recorded;
    }

    /** The execution's own strand. */
    static Strand execution(StateGraph graph, Owner owner) {
        return new Strand(graph, Variables.root(), null, null, List.of(), owner, 0, true);
    }

    /** Branch {@code index} of the Parallel state {@code state} run by this strand. */
    Strand branch(StateGraph graph, String state, int index, Owner owner, long start) {
        return new Strand(graph, variables.nested(), null, index, append(state + " branch " + index), owner, start,
                recorded);
    }

    /** Iteration {@code item.index()} of the Map state {@code state} run by this strand. */
    Strand iteration(StateGraph graph, String state, MapItem item, Owner owner, boolean inHistory) {
        return new Strand(graph, variables.nested(), item, null, append(state + " iteration " + item.index()), owner,
                0, recorded && inHistory);
    }

    private List<String> append(String label) {
        List<String> path = new ArrayList<>(where);
        path.add(label);
        return List.copyOf(path);
    }
}
