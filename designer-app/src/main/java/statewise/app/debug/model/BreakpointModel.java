package statewise.app.debug.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import statewise.app.session.StatePointers;
import statewise.engine.run.Breakpoint;

/**
 * The breakpoints of the open workflow, by state pointer: the one model the debugger, the canvas and the editor
 * gutter share. Views observe {@link #pointers()} to draw their marks; the debugger hands {@link #engineBreakpoints}
 * to the execution whenever the set changes. Only the FX thread changes it.
 */
public final class BreakpointModel {

    private final ObservableSet<String> pointers = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<String> readOnly = FXCollections.unmodifiableObservableSet(pointers);

    /** The state pointers with a breakpoint; observe it, change it through this model. */
    public ObservableSet<String> pointers() {
        return readOnly;
    }

    public boolean has(String pointer) {
        return pointers.contains(pointer);
    }

    /** Sets a breakpoint on the state at {@code pointer}, or removes the one there; true when one is set now. */
    public boolean toggle(String pointer) {
        if (pointers.remove(pointer)) {
            return false;
        }
        pointers.add(pointer);
        return true;
    }

    /** Replaces every breakpoint (when another workflow opens). */
    public void replaceAll(Collection<String> value) {
        pointers.retainAll(value);
        pointers.addAll(value);
    }

    /** The breakpoints as the engine takes them: pause before entering each state (in every iteration). */
    public Set<Breakpoint> engineBreakpoints() {
        Set<Breakpoint> breakpoints = new LinkedHashSet<>();
        pointers.forEach(p -> breakpoints.add(Breakpoint.at(StatePointers.name(p))));
        return breakpoints;
    }
}
