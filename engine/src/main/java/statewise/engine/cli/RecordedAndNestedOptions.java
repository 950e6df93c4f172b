package statewise.engine.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import statewise.engine.model.StateMachine;
import statewise.engine.replay.RecordedExecution;
import statewise.engine.run.ClockMode;
import statewise.engine.run.TaskResolver;
import statewise.engine.run.service.NestedExecutions;

/**
 * Task result sources that {@code run}, {@code test} and {@code test-state} share beyond mocks and the local
 * services: {@code --replay HISTORY} (the results of a recorded AWS execution) and {@code --state-machine NAME=FILE}
 * (the workspace's other state machines, which {@code states:startExecution} Tasks run locally).
 */
final class RecordedAndNestedOptions {

    @Option(names = "--replay", paramLabel = "HISTORY",
            description = "An execution history exported from AWS ('aws stepfunctions get-execution-history "
                    + "--execution-arn ARN > HISTORY', JSON or YAML): Task states answer with the results recorded "
                    + "for the same state, Map iteration and attempt (mocked states answer from their mocks first).")
    private @Nullable String replay;

    @Option(names = "--state-machine", paramLabel = "NAME=FILE",
            description = "A state machine of the workspace that states:startExecution tasks (plain, .sync, "
                    + ".sync:2) start locally: NAME is the name in its ARN (...:stateMachine:NAME), FILE its "
                    + "definition. Repeat for each one. Executions it does not name answer as other Tasks do.")
    private Map<String, String> stateMachines = new LinkedHashMap<>();

    private @Nullable RecordedExecution recording;

    private @Nullable Map<String, StateMachine> workspace;

    boolean replaying() {
        return replay != null;
    }

    /** The execution {@code --replay} names, read once; null without the option. */
    @Nullable RecordedExecution recording() throws RunSetup.SetupException {
        if (replay != null && recording == null) {
            recording = RunSetup.replay(replay);
        }
        return recording;
    }

    /**
     * The {@code --state-machine} definitions put in front of the resolver they are given, each read, parsed and
     * validated for {@code command}; identity when there are none.
     */
    UnaryOperator<TaskResolver> nested(CliStreams streams, String command, ClockMode clock)
            throws RunSetup.SetupException {
        Map<String, StateMachine> machines = workspace(streams, command);
        return machines.isEmpty() ? UnaryOperator.identity() : next -> NestedExecutions.of(machines, next, clock);
    }

    /** The {@code --state-machine} definitions by name, each read, parsed and validated (once) for {@code command}. */
    Map<String, StateMachine> workspace(CliStreams streams, String command) throws RunSetup.SetupException {
        if (workspace == null) {
            Map<String, StateMachine> read = new LinkedHashMap<>();
            for (Map.Entry<String, String> entry : stateMachines.entrySet()) {
                read.put(entry.getKey(), RunSetup.definition(entry.getValue(), streams, command).machine());
            }
            workspace = Map.copyOf(read);
        }
        return workspace;
    }
}
