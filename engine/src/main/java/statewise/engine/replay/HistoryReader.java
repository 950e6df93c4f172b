package statewise.engine.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.Severity;
import statewise.engine.parse.UserFile;
import statewise.engine.run.history.EventType;
import statewise.engine.run.history.HistoryEvent;

/**
 * Reads an execution history exported from AWS: what {@code aws stepfunctions get-execution-history} prints
 * ({@code {"events": [...]}}, JSON or, with {@code --output yaml}, YAML), the same with other members around it (an
 * export that adds the execution's description), or a bare array of events. Events may come in any order
 * ({@code --reverse-order}); they are sorted by id. Every problem is a diagnostic at its line and column that
 * names the event, so a bad file gives a clear message and never a stack trace.
 */
public final class HistoryReader {

    /** The recorded execution when the file has no errors, and the diagnostics either way. */
    public record Result(@Nullable RecordedExecution execution, List<Diagnostic> diagnostics) {

        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final UserFile file;

    private HistoryReader(UserFile file) {
        this.file = file;
    }

    /** Reads {@code text}; {@code source} names the file in messages and decides YAML by its extension. */
    public static Result read(String text, String source) {
        UserFile file = UserFile.read(text, source);
        JsonNode root = file.root();
        if (root == null) {
            return new Result(null, file.diagnostics());
        }
        List<HistoryEvent> events = new HistoryReader(file).events(root);
        return new Result(file.hasErrors() ? null : new RecordedExecution(source, events), file.diagnostics());
    }

    private List<HistoryEvent> events(JsonNode root) {
        String pointer = eventsPointer(root);
        if (pointer == null) {
            return List.of();
        }
        JsonNode array = root.at(pointer);
        EventReader reader = new EventReader(this::problem);
        Map<Long, String> seen = new HashMap<>();
        List<HistoryEvent> events = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = JsonPointer.child(pointer, i);
            HistoryEvent event = reader.read(array.get(i), at);
            if (event == null) {
                continue;
            }
            String earlier = seen.putIfAbsent(event.id(), at);
            if (earlier != null) {
                problem(DiagnosticCode.INVALID_VALUE, true, "Event id " + event.id() + " is used twice (also at "
                        + earlier + ").", JsonPointer.child(at, "id"));
            } else {
                events.add(event);
            }
        }
        events.sort(Comparator.comparingLong(HistoryEvent::id));
        if (events.stream().noneMatch(e -> e.type() == EventType.EXECUTION_STARTED) && !hasErrors()) {
            problem(DiagnosticCode.MISSING_FIELD, true, "The history has no ExecutionStarted event, so it is not "
                    + "a whole execution; fetch it again without --max-items.", pointer);
        }
        return events;
    }

    /**
     * The pointer of the array of events: the root itself, its {@code events} member, or else the one member that
     * is an array of objects with a {@code type}; null (after a diagnostic) when there is none.
     */
    private @Nullable String eventsPointer(JsonNode root) {
        if (root.isArray()) {
            return JsonPointer.ROOT;
        }
        if (!root.isObject()) {
            problem(DiagnosticCode.WRONG_TYPE, true, "An execution history is an object with 'events' (as "
                    + "'aws stepfunctions get-execution-history' prints it) or an array of events.", "");
            return null;
        }
        if (root.has("nextToken") || root.has("NextToken")) {
            problem(DiagnosticCode.INVALID_VALUE, false, "The history has a next token: it is one page of a "
                    + "longer history, and the events after it are missing.",
                    root.has("nextToken") ? "/nextToken" : "/NextToken");
        }
        JsonNode events = root.get("events");
        if (events != null) {
            if (events.isArray()) {
                return "/events";
            }
            problem(DiagnosticCode.WRONG_TYPE, true, "'events' must be an array of events.", "/events");
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            JsonNode first = member.getValue().path(0);
            if (member.getValue().isArray() && first.isObject() && first.has("type") && first.has("id")) {
                return JsonPointer.child("", member.getKey());
            }
        }
        problem(DiagnosticCode.MISSING_FIELD, true, "'events' is missing: this is not an execution history as "
                + "'aws stepfunctions get-execution-history' prints it.", "");
        return null;
    }

    private boolean hasErrors() {
        return file.hasErrors();
    }

    private void problem(DiagnosticCode code, boolean error, String message, String pointer) {
        file.problem(code, error ? Severity.ERROR : Severity.WARNING, message, pointer);
    }
}
