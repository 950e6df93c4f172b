package statewise.engine.run.history;

/**
 * Receives history events as an execution records them, on the execution's thread, in id order. Listeners must
 * be quick (hand the event to another thread if there is work to do) and must not change the event.
 */
@FunctionalInterface
public interface HistoryListener {

    void onEvent(HistoryEvent event);
}
