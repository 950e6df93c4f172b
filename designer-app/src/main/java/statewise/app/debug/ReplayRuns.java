package statewise.app.debug;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import statewise.app.debug.model.DefinitionSnapshot;
import statewise.app.debug.model.ExecutionRecord;
import statewise.app.session.DocumentSession;
import statewise.engine.replay.Divergence;
import statewise.engine.replay.RecordedExecution;
import statewise.engine.run.AwsBehaviour;
import statewise.engine.run.DebugOptions;
import statewise.engine.run.ExecutionRequest;
import statewise.engine.run.ExecutionResult;

/**
 * The debugger's recorded executions (histories exported from AWS): shown as a local run is, and re-run locally
 * with their recorded task results as mocks, saying where the local run parts from the recorded one.
 */
final class ReplayRuns {

    private final DebuggerViewModel model;
    private final DocumentSession session;
    private final Map<ExecutionRecord, RecordedExecution> recordings = new HashMap<>();

    ReplayRuns(DebuggerViewModel model, DocumentSession session) {
        this.model = model;
        this.session = session;
    }

    ExecutionRecord show(RecordedExecution recording) {
        DefinitionSnapshot definition = DefinitionSnapshot.of(session.document());
        ExecutionRecord record = new ExecutionRecord(Path.of(recording.source()).getFileName().toString(),
                ExecutionRecord.Kind.REPLAY, recording.startTime(), definition.pointers());
        record.append(recording.events());
        record.finish(recording.asResult());
        recordings.put(record, recording);
        model.add(record);
        return record;
    }

    BooleanBinding canRerun() {
        return Bindings.createBooleanBinding(() -> model.liveProperty().get() == null
                && model.shownProperty().get() != null && recordings.containsKey(model.shownProperty().get()),
                model.liveProperty(), model.shownProperty());
    }

    void rerunShown() {
        ExecutionRecord record = model.shownProperty().get();
        RecordedExecution recording = record == null ? null : recordings.get(record);
        if (recording != null) {
            rerun(recording);
        }
    }

    /**
     * Runs the workflow again locally with the recorded task results as mocks, behaving as AWS did on the day of the
     * recording (as {@code statewise run --replay} does), and says where it parts from the recorded run.
     */
    void rerun(RecordedExecution recording) {
        DefinitionSnapshot definition = DefinitionSnapshot.of(session.document());
        if (definition.machine() == null) {
            model.messageProperty().set(String.valueOf(definition.problem()));
            return;
        }
        ExecutionRequest request = ExecutionRequest.of(definition.machine(), recording.input())
                .withStartTime(recording.startTime()).withResolver(recording.resolver())
                .withBehaviour(AwsBehaviour.asOf(recording.startTime()));
        ExecutionRecord record = model.launch(request, definition, ExecutionRecord.Kind.RERUN, DebugOptions.NONE);
        ExecutionResult recorded = recording.asResult();
        record.resultProperty().addListener((property, old, result) -> {
            if (result != null) {
                Optional<Divergence> divergence = Divergence.find(recorded, result);
                String note = divergence.map(Divergence::message)
                        .orElse("The local run followed the recorded path and ended as it did.");
                record.noteProperty().set(note);
                model.messageProperty().set(note);
            }
        });
    }
}
