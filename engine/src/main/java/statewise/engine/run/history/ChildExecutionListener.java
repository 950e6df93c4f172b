package statewise.engine.run.history;

/**
 * Also hears the events of a distributed Map's child executions. AWS gives each child execution a history of its
 * own, so those events are not part of the parent's history; a listener that wants them (test coverage counts the
 * states they enter) implements this. Within one {@code strand} (a child execution, or a Parallel branch or Map
 * iteration inside one), ids and {@code previousEventId}s chain as in a history; across strands they may repeat.
 */
public interface ChildExecutionListener extends HistoryListener {

    /**
     * An event of a child execution.
     *
     * @param strand where the event happened, e.g. {@code Process iteration 3 / Fan branch 1}
     */
    void onChildEvent(String strand, HistoryEvent event);
}
