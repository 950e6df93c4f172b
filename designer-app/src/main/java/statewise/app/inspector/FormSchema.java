package statewise.app.inspector;

import static statewise.app.inspector.FieldKind.INTEGER;
import static statewise.app.inspector.FieldKind.JSON;
import static statewise.app.inspector.FieldKind.NUMBER;
import static statewise.app.inspector.FieldKind.PATH;
import static statewise.app.inspector.FieldKind.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which fields the inspector offers for a state, by type and query language, grouped as the ASL specification
 * groups them; the help texts say what each field does. Transitions, Choice rules, Retry and Catch have their own
 * editors and are not listed here.
 */
public final class FormSchema {

    private static final Set<String> RESULT_STATES = Set.of("Task", "Pass", "Map", "Parallel");
    private static final Set<String> SELECTOR_STATES = Set.of("Task", "Map", "Parallel");
    private static final Set<String> RECOVERING_STATES = Set.of("Task", "Map", "Parallel");

    private FormSchema() {
    }

    /** The sections of a state of {@code type} in the given query language. */
    public static List<FormSection> of(String type, boolean jsonata) {
        List<FormSection> sections = new ArrayList<>();
        sections.add(new FormSection("State", List.of(
                FieldSpec.of("/Comment", TEXT, "A description of the state, for people; it does not change the run."),
                FieldSpec.choice("/QueryLanguage", "The language of this state's expressions: JSONPath paths or"
                        + " JSONata {% %} expressions. Empty: the state machine's.", "JSONPath", "JSONata"))));
        List<FieldSpec> own = own(type, jsonata);
        if (!own.isEmpty()) {
            sections.add(new FormSection(type, own));
        }
        List<FieldSpec> flow = jsonata ? jsonataFlow(type) : jsonPathFlow(type);
        if (!flow.isEmpty()) {
            sections.add(new FormSection("Input and output", flow));
        }
        if (type.equals("Task")) {
            sections.add(new FormSection("Timeouts", taskTiming(jsonata)));
        }
        return sections;
    }

    /** True when states of this type have Retry and Catch. */
    public static boolean recovers(String type) {
        return RECOVERING_STATES.contains(type);
    }

    /** True when states of this type go on with {@code Next} or {@code End}. */
    public static boolean transitions(String type) {
        return !Set.of("Choice", "Succeed", "Fail").contains(type);
    }

    private static List<FieldSpec> own(String type, boolean jsonata) {
        return switch (type) {
            case "Task" -> task(jsonata);
            case "Pass" -> jsonata ? List.of() : List.of(
                    FieldSpec.of("/Result", JSON, "A fixed result the state passes on instead of its input."),
                    FieldSpec.of("/Parameters", JSON, "Builds the state's effective input: keys ending in .$ take"
                            + " paths or intrinsic functions."));
            case "Wait" -> wait(jsonata);
            case "Fail" -> fail(jsonata);
            case "Parallel" -> List.of(jsonata
                    ? FieldSpec.of("/Arguments", JSON, "The input every branch receives; JSONata expressions"
                            + " in {% %}.")
                    : FieldSpec.of("/Parameters", JSON, "The input every branch receives; keys ending in .$ take"
                            + " paths."));
            case "Map" -> MapFields.of(jsonata);
            default -> List.of();
        };
    }

    private static List<FieldSpec> task(boolean jsonata) {
        List<FieldSpec> fields = new ArrayList<>();
        fields.add(FieldSpec.of("/Resource", TEXT, "The ARN of the work to do: a Lambda function, an activity, or"
                + " an AWS service integration (arn:aws:states:::service:action, with .sync or"
                + " .waitForTaskToken)."));
        fields.add(jsonata
                ? FieldSpec.of("/Arguments", JSON, "The request sent to the resource; JSONata expressions in {% %}.")
                : FieldSpec.of("/Parameters", JSON, "The request sent to the resource; keys ending in .$ take"
                        + " paths or intrinsic functions."));
        fields.add(FieldSpec.of("/Credentials", JSON, "A role to assume for this task (cross-account calls),"
                + " e.g. {\"RoleArn\": \"arn:aws:iam::111122223333:role/Target\"}."));
        return fields;
    }

    private static List<FieldSpec> taskTiming(boolean jsonata) {
        List<FieldSpec> fields = new ArrayList<>();
        fields.add(FieldSpec.of("/TimeoutSeconds", INTEGER, "Fails the task with States.Timeout when it runs longer"
                + " than this (default 99999999 s)."));
        if (!jsonata) {
            fields.add(FieldSpec.of("/TimeoutSecondsPath", PATH, "Reads the timeout from the input instead."));
        }
        fields.add(FieldSpec.of("/HeartbeatSeconds", INTEGER, "Fails the task with States.HeartbeatTimeout when"
                + " the worker sends no heartbeat for this long; less than TimeoutSeconds."));
        if (!jsonata) {
            fields.add(FieldSpec.of("/HeartbeatSecondsPath", PATH, "Reads the heartbeat interval from the input"
                    + " instead."));
        }
        return fields;
    }

    private static List<FieldSpec> wait(boolean jsonata) {
        List<FieldSpec> fields = new ArrayList<>();
        fields.add(FieldSpec.of("/Seconds", INTEGER, "Waits this many seconds. Use exactly one of Seconds,"
                + " Timestamp" + (jsonata ? "." : ", SecondsPath and TimestampPath.")));
        fields.add(FieldSpec.of("/Timestamp", TEXT, "Waits until this time, RFC 3339, e.g."
                + " 2026-03-14T01:59:00Z."));
        if (!jsonata) {
            fields.add(FieldSpec.of("/SecondsPath", PATH, "Reads the seconds to wait from the input, e.g."
                    + " $.delay."));
            fields.add(FieldSpec.of("/TimestampPath", PATH, "Reads the time to wait until from the input."));
        }
        return fields;
    }

    private static List<FieldSpec> fail(boolean jsonata) {
        List<FieldSpec> fields = new ArrayList<>();
        fields.add(FieldSpec.of("/Error", TEXT, "The error name the execution fails with, e.g."
                + " OrderRejected."));
        fields.add(FieldSpec.of("/Cause", TEXT, "A sentence saying why, shown with the error."));
        if (!jsonata) {
            fields.add(FieldSpec.of("/ErrorPath", PATH, "Reads the error name from the input instead."));
            fields.add(FieldSpec.of("/CausePath", PATH, "Reads the cause from the input instead."));
        }
        return fields;
    }

    private static List<FieldSpec> jsonPathFlow(String type) {
        List<FieldSpec> fields = new ArrayList<>();
        if (type.equals("Fail")) {
            return fields;
        }
        fields.add(FieldSpec.of("/InputPath", PATH, "Selects the part of the input the state works on; null:"
                + " an empty object."));
        if (SELECTOR_STATES.contains(type)) {
            fields.add(FieldSpec.of("/ResultSelector", JSON, "Reshapes the result before ResultPath places it;"
                    + " keys ending in .$ select from the result."));
        }
        if (RESULT_STATES.contains(type)) {
            fields.add(FieldSpec.of("/ResultPath", PATH, "Where the result goes in the input: $ replaces it,"
                    + " $.result adds it, null discards the result."));
        }
        fields.add(FieldSpec.of("/OutputPath", PATH, "Selects the part of the state's output passed on."));
        if (!type.equals("Succeed")) {
            fields.add(assign());
        }
        return fields;
    }

    private static List<FieldSpec> jsonataFlow(String type) {
        List<FieldSpec> fields = new ArrayList<>();
        if (type.equals("Fail")) {
            return fields;
        }
        fields.add(FieldSpec.of("/Output", JSON, "The state's output; $states.result is the result,"
                + " $states.input the input. Default: the result (or the input)."));
        if (!type.equals("Succeed")) {
            fields.add(assign());
        }
        return fields;
    }

    private static FieldSpec assign() {
        return FieldSpec.of("/Assign", JSON, "Variables to set when the state completes, e.g."
                + " {\"orderId\": \"{% $states.input.id %}\"}; later states read them as $orderId.");
    }

    /** The fields of a Map state: items, processor mode, reader, batching and failure tolerance. */
    static final class MapFields {

        private MapFields() {
        }

        static List<FieldSpec> of(boolean jsonata) {
            List<FieldSpec> fields = new ArrayList<>();
            fields.add(jsonata
                    ? FieldSpec.of("/Items", JSON, "The array to iterate over, e.g. \"{% $states.input.orders %}\".")
                    : FieldSpec.of("/ItemsPath", PATH, "Selects the array to iterate over, e.g. $.orders."));
            fields.add(FieldSpec.of("/ItemSelector", JSON, "Builds each iteration's input; $$.Map.Item.Value is the"
                    + " item."));
            fields.add(FieldSpec.choice("/ItemProcessor/ProcessorConfig/Mode", "INLINE runs the iterations in this"
                    + " execution (up to 40 at once); DISTRIBUTED runs each batch as a child execution.",
                    "INLINE", "DISTRIBUTED").labelled("Processing mode"));
            fields.add(FieldSpec.choice("/ItemProcessor/ProcessorConfig/ExecutionType", "Distributed mode only:"
                    + " the child executions' type.", "STANDARD", "EXPRESS").labelled("Child execution type"));
            fields.add(FieldSpec.of("/MaxConcurrency", INTEGER, "How many iterations run at once; 0: as many as"
                    + " possible."));
            fields.add(FieldSpec.of("/ItemReader/Resource", TEXT, "Distributed mode: reads the items from S3,"
                    + " e.g. arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2.")
                    .labelled("Item reader resource"));
            fields.add(FieldSpec.choice("/ItemReader/ReaderConfig/InputType", "The format of the S3 object read.",
                    "JSON", "JSONL", "CSV", "MANIFEST", "PARQUET").labelled("Item reader input type"));
            fields.add(FieldSpec.of("/ItemReader/ReaderConfig/MaxItems", INTEGER, "Reads at most this many items.")
                    .labelled("Item reader max items"));
            fields.add(FieldSpec.of(jsonata ? "/ItemReader/Arguments" : "/ItemReader/Parameters", JSON,
                    "The bucket and key (or prefix) to read, e.g. {\"Bucket\": \"my-bucket\", \"Key\":"
                            + " \"items.json\"}.").labelled("Item reader request"));
            fields.add(FieldSpec.of("/ItemBatcher/MaxItemsPerBatch", INTEGER, "Distributed mode: passes items to"
                    + " each child execution in batches of at most this many.").labelled("Max items per batch"));
            fields.add(FieldSpec.of("/ItemBatcher/MaxInputBytesPerBatch", INTEGER, "Limits each batch's size in"
                    + " bytes (at most 262144).").labelled("Max bytes per batch"));
            fields.add(FieldSpec.of("/ToleratedFailurePercentage", NUMBER, "The share of failed items (0-100) the"
                    + " Map tolerates before it fails with States.ExceedToleratedFailureThreshold."));
            fields.add(FieldSpec.of("/ToleratedFailureCount", INTEGER, "The number of failed items the Map"
                    + " tolerates."));
            fields.add(FieldSpec.of("/ResultWriter", JSON, "Distributed mode: writes the results to S3 instead of"
                    + " returning them."));
            fields.add(FieldSpec.of("/Label", TEXT, "Distributed mode: names the child executions (up to 40"
                    + " characters)."));
            return fields;
        }
    }
}
