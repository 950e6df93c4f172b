package statewise.engine.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A set of named states with a start: the state machine itself, a Parallel branch, or a Map's item processor.
 * Transitions never cross from one graph into another.
 */
public sealed interface StateGraph permits StateMachine, Branch, ItemProcessor {

    @Nullable String comment();

    @Nullable String startAt();

    /** The states in document order. */
    Map<String, State> states();

    Map<String, com.fasterxml.jackson.databind.JsonNode> extras();
}
