package statewise.engine.run;

import java.util.List;
import java.util.Set;

/**
 * How a debugged execution starts: already paused or not, with which breakpoints, and who hears of pauses. Set
 * before the execution's thread starts, so nothing can slip past them.
 */
public record DebugOptions(boolean startPaused, Set<Breakpoint> breakpoints, List<DebugSession.Listener> listeners) {

    public static final DebugOptions NONE = new DebugOptions(false, Set.of(), List.of());

    public DebugOptions {
        breakpoints = Set.copyOf(breakpoints);
        listeners = List.copyOf(listeners);
    }
}
