package statewise.engine.validate;

import statewise.engine.model.FailState;
import statewise.engine.model.MapState;
import statewise.engine.model.State;
import statewise.engine.model.TaskState;
import statewise.engine.model.WaitState;

/**
 * Answers "does this state have field X written?" from the model, without building pointers: a field is there
 * when its model component is set or when it was kept verbatim in {@code extras()} (a value of the wrong shape, or
 * a field the state type does not have).
 */
final class StateFields {

    private StateFields() {
    }

    static boolean has(State s, String field) {
        return s.extras().containsKey(field) || typed(s, field);
    }

    private static boolean typed(State s, String field) {
        return switch (field) {
            case "InputPath" -> s.inputPath() != null;
            case "OutputPath" -> s.outputPath() != null;
            case "Parameters" -> s.parameters() != null;
            case "ResultSelector" -> s.resultSelector() != null;
            case "ResultPath" -> s.resultPath() != null;
            case "Arguments" -> s.arguments() != null;
            case "Output" -> s.output() != null;
            case "Assign" -> s.assign() != null;
            case "Seconds", "SecondsPath", "Timestamp", "TimestampPath" -> s instanceof WaitState w && waitField(w,
                    field);
            case "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath" ->
                    s instanceof TaskState t && taskField(t, field);
            case "Error", "ErrorPath", "Cause", "CausePath" -> s instanceof FailState f && failField(f, field);
            default -> s instanceof MapState m && mapField(m, field);
        };
    }

    private static boolean waitField(WaitState w, String field) {
        return switch (field) {
            case "Seconds" -> w.seconds() != null;
            case "SecondsPath" -> w.secondsPath() != null;
            case "Timestamp" -> w.timestamp() != null;
            default -> w.timestampPath() != null;
        };
    }

    private static boolean taskField(TaskState t, String field) {
        return switch (field) {
            case "TimeoutSeconds" -> t.timeoutSeconds() != null;
            case "TimeoutSecondsPath" -> t.timeoutSecondsPath() != null;
            case "HeartbeatSeconds" -> t.heartbeatSeconds() != null;
            default -> t.heartbeatSecondsPath() != null;
        };
    }

    private static boolean failField(FailState f, String field) {
        return switch (field) {
            case "Error" -> f.error() != null;
            case "ErrorPath" -> f.errorPath() != null;
            case "Cause" -> f.cause() != null;
            default -> f.causePath() != null;
        };
    }

    private static boolean mapField(MapState m, String field) {
        return switch (field) {
            case "ItemsPath" -> m.itemsPath() != null;
            case "Items" -> m.items() != null;
            case "ItemProcessor" -> m.itemProcessor() != null;
            case "Iterator" -> m.iterator() != null;
            case "ItemSelector" -> m.itemSelector() != null;
            case "MaxConcurrency" -> m.maxConcurrency() != null;
            case "MaxConcurrencyPath" -> m.maxConcurrencyPath() != null;
            case "ToleratedFailurePercentage" -> m.toleratedFailurePercentage() != null;
            case "ToleratedFailurePercentagePath" -> m.toleratedFailurePercentagePath() != null;
            case "ToleratedFailureCount" -> m.toleratedFailureCount() != null;
            case "ToleratedFailureCountPath" -> m.toleratedFailureCountPath() != null;
            default -> false;
        };
    }
}
