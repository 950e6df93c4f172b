package statewise.app.debug.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import statewise.app.session.StatePointers;
import statewise.engine.run.Breakpoint;

/**
 * The breakpoints of the open workflow, by state pointer: the one model the debugger, the canvas and the editor
 * gutter share. Views observe {@link #pointers()} to draw their marks; the debugger hands {@link #engineBreakpoints}
 * to the execution whenever the set changes. A breakpoint on a state in a Map or Parallel body may be limited to
 * one iteration or branch ({@link #limits()}). Only the FX thread changes it.
 */
public final class BreakpointModel {

    private final ObservableSet<String> pointers = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<String> readOnly = FXCollections.unmodifiableObservableSet(pointers);
    private final ObservableMap<String, BreakpointLimit> limits = FXCollections.observableHashMap();
    private final ObservableMap<String, BreakpointLimit> readOnlyLimits = FXCollections.unmodifiableObservableMap(
            limits);

    public BreakpointModel() {
        pointers.addListener((SetChangeListener<String>) change -> {
            if (change.wasRemoved()) {
                limits.remove(change.getElementRemoved());
            }
        });
    }

    /** The state pointers with a breakpoint; observe it, change it through this model. */
    public ObservableSet<String> pointers() {
        return readOnly;
    }

    /** The breakpoints limited to one iteration or branch, by state pointer; observe it, change it here. */
    public ObservableMap<String, BreakpointLimit> limits() {
        return readOnlyLimits;
    }

    /** The limit of the breakpoint at {@code pointer}: {@link BreakpointLimit#EVERY} when it has none. */
    public BreakpointLimit limit(String pointer) {
        return limits.getOrDefault(pointer, BreakpointLimit.EVERY);
    }

    /**
     * Sets a breakpoint on the state at {@code pointer} (if it has none) that pauses only as {@code limit} says.
     *
     * @throws IllegalArgumentException when the limit does not fit where the state is (see
     *                                  {@link BreakpointLimit.Scope}): an iteration outside a Map's body, a branch
     *                                  outside a Parallel's
     */
    public void limit(String pointer, BreakpointLimit limit) {
        if (!new StateBreakpoint(pointer, limit).fits()) {
            throw new IllegalArgumentException("The state " + StatePointers.name(pointer) + " is not directly in "
                    + (limit.mapIteration() != null ? "a Map iteration." : "a Parallel branch."));
        }
        pointers.add(pointer);
        if (limit.equals(BreakpointLimit.EVERY)) {
            limits.remove(pointer);
        } else {
            limits.put(pointer, limit);
        }
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

    /** Every breakpoint with its limit, in the order they were set: what the debugger remembers. */
    public List<StateBreakpoint> all() {
        return pointers.stream().map(p -> new StateBreakpoint(p, limit(p))).toList();
    }

    /**
     * Replaces every breakpoint and limit (when another workflow opens); a limit that does not fit where its state
     * is (a file edited by hand) is dropped and its breakpoint kept.
     */
    public void replaceAll(Collection<StateBreakpoint> value) {
        Map<String, BreakpointLimit> wanted = new LinkedHashMap<>();
        value.forEach(b -> wanted.put(b.pointer(), b.fits() ? b.limit() : BreakpointLimit.EVERY));
        pointers.retainAll(wanted.keySet());
        pointers.addAll(wanted.keySet());
        wanted.forEach(this::limit);
    }

    /** The breakpoints as the engine takes them: pause before entering each state, in the iteration or branch set. */
    public Set<Breakpoint> engineBreakpoints() {
        Set<Breakpoint> breakpoints = new LinkedHashSet<>();
        pointers.forEach(p -> {
            BreakpointLimit limit = limit(p);
            breakpoints.add(new Breakpoint(StatePointers.name(p), limit.mapIteration(), limit.parallelBranch()));
        });
        return breakpoints;
    }
}
