package statewise.engine.validate;

import statewise.engine.document.JsonPointer;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;

/**
 * One state as the validator meets it: with its name, its pointer, the graph it belongs to and the query language
 * it is evaluated in.
 *
 * @param graphPointer pointer of the graph object holding {@code States} ({@code ""} for the state machine)
 * @param depth        0 for top-level states, 1 inside a top-level Parallel or Map, and so on
 */
public record StateVisit(String name, State state, String pointer, StateGraph graph, String graphPointer,
        QueryLanguage queryLanguage, int depth) {

    /** The pointer of one of this state's fields. */
    public String field(String field) {
        return JsonPointer.child(pointer, field);
    }
}
