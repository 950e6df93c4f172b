package statewise.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Controls a running {@link Execution}: breakpoints, pause, step to the next event or the next state, continue,
 * stop, and, while paused before a state, what-if edits of its input and of variables. Thread-safe: call it from
 * any thread (the designer's FX thread); the execution runs on its own.
 */
public final class DebugSession {

    /** What the controlling thread asks for. */
    enum Command {
        PAUSE, CONTINUE, STEP_EVENT, STEP_STATE, STOP
    }

    /**
     * Told on the execution's thread when it pauses and resumes. Hand the news to your own thread; do not block.
     */
    public interface Listener {
        void paused(Paused where);

        default void resumed() {
        }
    }

    private final DebugGate gate;

    DebugSession(DebugGate gate) {
        this.gate = gate;
    }

    public void addListener(Listener listener) {
        gate.addListener(listener);
    }

    /** Replaces every breakpoint. */
    public void setBreakpoints(Collection<Breakpoint> breakpoints) {
        gate.setBreakpoints(new HashSet<>(breakpoints));
    }

    /** Pauses at the next event or state. */
    public void pause() {
        gate.command(Command.PAUSE);
    }

    /** Runs on until a breakpoint, a pause or the end. */
    public void resume() {
        gate.command(Command.CONTINUE);
    }

    /** Runs until one more event is recorded. */
    public void stepEvent() {
        gate.command(Command.STEP_EVENT);
    }

    /** Runs until the next state is about to be entered. */
    public void stepState() {
        gate.command(Command.STEP_STATE);
    }

    /** Stops the execution: it ends ABORTED with an ExecutionAborted event. */
    public void stop() {
        gate.command(Command.STOP);
    }

    /** Where it is paused, or empty while it runs. */
    public Optional<Paused> paused() {
        return Optional.ofNullable(gate.paused());
    }

    /**
     * While paused before a state: gives it {@code input} instead of what it would have received.
     *
     * @return false when not paused before a state (nothing changed)
     */
    public boolean replaceInput(JsonNode input) {
        return gate.whileBeforeEntry(run -> run.input = input.deepCopy());
    }

    /**
     * While paused before a state: sets variable {@code name} in the state's scope.
     *
     * @return false when not paused before a state (nothing changed)
     */
    public boolean setVariable(String name, JsonNode value) {
        JsonNode copy = value.deepCopy();
        return gate.whileBeforeEntry(run -> run.strand.variables.assignAll(Map.of(name, copy),
                Map.of(name, PayloadLimit.exactSize(copy))));
    }

    /** The breakpoints currently set. */
    public Set<Breakpoint> breakpoints() {
        return gate.breakpoints();
    }
}
