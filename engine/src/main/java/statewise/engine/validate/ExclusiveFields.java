package statewise.engine.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.model.StateType;

/**
 * Fields that say the same thing two ways (a literal and its {@code ...Path} form, an old name and a new one) are
 * exclusive, and a Wait state says how long to wait exactly once. AWS: "There should only be one of the following
 * fields: [TimeoutSeconds, TimeoutSecondsPath]".
 */
final class ExclusiveFields implements StateRule {

    private static final Map<StateType, List<List<String>>> GROUPS = Map.of(
            StateType.TASK, List.of(
                    List.of("TimeoutSeconds", "TimeoutSecondsPath"),
                    List.of("HeartbeatSeconds", "HeartbeatSecondsPath")),
            StateType.FAIL, List.of(
                    List.of("Error", "ErrorPath"),
                    List.of("Cause", "CausePath")),
            StateType.MAP, List.of(
                    List.of("MaxConcurrency", "MaxConcurrencyPath"),
                    List.of("ToleratedFailurePercentage", "ToleratedFailurePercentagePath"),
                    List.of("ToleratedFailureCount", "ToleratedFailureCountPath"),
                    List.of("ItemProcessor", "Iterator"),
                    List.of("ItemSelector", "Parameters"),
                    List.of("Items", "ItemsPath")));

    /** Pairs inside a Map's reader and batcher, checked through the source map (rare objects). */
    private static final List<List<String>> MAP_NESTED = List.of(
            List.of("ItemReader/ReaderConfig/MaxItems", "ItemReader/ReaderConfig/MaxItemsPath"),
            List.of("ItemBatcher/MaxItemsPerBatch", "ItemBatcher/MaxItemsPerBatchPath"),
            List.of("ItemBatcher/MaxInputBytesPerBatch", "ItemBatcher/MaxInputBytesPerBatchPath"));

    private static final List<String> WAIT_FIELDS = List.of("SecondsPath", "Seconds", "TimestampPath", "Timestamp");

    @Override
    public void checkState(ValidationContext context, StateVisit v) {
        for (List<String> group : GROUPS.getOrDefault(v.state().type(), List.of())) {
            conflict(context, v, group, present(v, group));
        }
        if (v.state().type() == StateType.MAP) {
            for (List<String> group : MAP_NESTED) {
                List<String> present = new ArrayList<>(2);
                group.stream().filter(f -> context.has(v.pointer() + "/" + f)).forEach(present::add);
                conflict(context, v, group, present);
            }
        }
        if (v.state().type() == StateType.WAIT) {
            List<String> present = present(v, WAIT_FIELDS);
            if (present.size() > 1) {
                context.report(DiagnosticCode.CONFLICTING_FIELDS, "There should only be one of the following"
                        + " fields: [" + names(WAIT_FIELDS) + "].", v.pointer() + "/" + present.get(1));
            } else if (present.isEmpty()) {
                context.report(DiagnosticCode.MISSING_FIELD, "A Wait state needs exactly one of the following"
                        + " fields: [" + names(WAIT_FIELDS) + "].", v.pointer());
            }
        }
    }

    private static void conflict(ValidationContext context, StateVisit v, List<String> group, List<String> present) {
        if (present.size() > 1) {
            context.report(DiagnosticCode.CONFLICTING_FIELDS, "There should only be one of the following"
                    + " fields: [" + names(group) + "].", v.pointer() + "/" + present.get(1));
        }
    }

    private static List<String> present(StateVisit v, List<String> fields) {
        List<String> present = new ArrayList<>(2);
        for (String field : fields) {
            if (StateFields.has(v.state(), field)) {
                present.add(field);
            }
        }
        return present;
    }

    private static String names(List<String> fields) {
        return String.join(", ", fields.stream().map(f -> f.substring(f.lastIndexOf('/') + 1)).toList());
    }
}
