package statewise.app.editor.complete;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import statewise.engine.model.ComparisonOperator;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.StateType;

/**
 * The fields ASL allows in each kind of object, in the order people usually write them, for key completion. Fields
 * of the other query language are left out (JSONata states use {@code Arguments} and {@code Output}, JSONPath
 * states {@code Parameters}, {@code ResultPath} and the {@code ...Path} forms), as the validator's
 * query-language rule refuses them.
 */
public final class FieldCatalogue {

    /** The kinds of JSON object an ASL definition is made of. */
    public enum ObjectKind {
        MACHINE, GRAPH, ITEM_PROCESSOR, STATE, RETRIER, CATCHER, CHOICE_RULE
    }

    private static final Set<String> JSONPATH_ONLY = Set.of("InputPath", "Parameters", "ResultSelector",
            "ResultPath", "OutputPath", "ItemsPath", "SecondsPath", "TimestampPath", "TimeoutSecondsPath",
            "HeartbeatSecondsPath", "ErrorPath", "CausePath", "MaxConcurrencyPath", "ToleratedFailureCountPath",
            "ToleratedFailurePercentagePath", "Result", "Variable");
    private static final Set<String> JSONATA_ONLY = Set.of("Arguments", "Output", "Items", "Condition");

    private static final List<String> PATHS = List.of("InputPath", "Parameters", "Arguments", "ResultSelector",
            "ResultPath", "OutputPath", "Output", "Assign");
    private static final List<String> ERRORS = List.of("Retry", "Catch");
    private static final List<String> FLOW = List.of("Next", "End");

    private FieldCatalogue() {
    }

    /** The fields of a state of {@code type} evaluated in {@code language}. */
    public static List<String> stateFields(StateType type, QueryLanguage language) {
        List<String> fields = new ArrayList<>(List.of("Type", "Comment"));
        switch (type) {
            case PASS -> add(fields, List.of("Result"), FLOW, PATHS);
            case TASK -> add(fields, List.of("Resource"), FLOW, PATHS, ERRORS, List.of("TimeoutSeconds",
                    "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath", "Credentials"));
            case CHOICE -> add(fields, List.of("Choices", "Default", "InputPath", "OutputPath", "Output", "Assign"));
            case WAIT -> add(fields, List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath"), FLOW,
                    List.of("InputPath", "OutputPath", "Output", "Assign"));
            case SUCCEED -> add(fields, List.of("InputPath", "OutputPath", "Output"));
            case FAIL -> add(fields, List.of("Error", "ErrorPath", "Cause", "CausePath"));
            case PARALLEL -> add(fields, List.of("Branches"), FLOW, PATHS, ERRORS);
            case MAP -> add(fields, List.of("ItemProcessor", "ItemsPath", "Items", "ItemSelector", "ItemReader",
                    "ItemBatcher", "ResultWriter", "MaxConcurrency", "MaxConcurrencyPath",
                    "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "ToleratedFailureCount",
                    "ToleratedFailureCountPath", "Label"), FLOW, PATHS, ERRORS);
            case UNKNOWN -> {
                return List.of("Type", "Comment");
            }
        }
        fields.add("QueryLanguage");
        return forLanguage(fields, language);
    }

    /** The fields of any other kind of object. */
    public static List<String> fields(ObjectKind kind, QueryLanguage language) {
        List<String> fields = switch (kind) {
            case MACHINE -> List.of("Comment", "StartAt", "States", "QueryLanguage", "TimeoutSeconds", "Version");
            case GRAPH -> List.of("Comment", "StartAt", "States");
            case ITEM_PROCESSOR -> List.of("ProcessorConfig", "StartAt", "States", "Comment");
            case RETRIER -> List.of("ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate",
                    "MaxDelaySeconds", "JitterStrategy", "Comment");
            case CATCHER -> List.of("ErrorEquals", "Next", "ResultPath", "Output", "Assign", "Comment");
            case CHOICE_RULE -> choiceRuleFields();
            case STATE -> throw new IllegalArgumentException("Use stateFields for states");
        };
        return forLanguage(fields, language);
    }

    private static List<String> choiceRuleFields() {
        List<String> fields = new ArrayList<>(List.of("Next", "Condition", "Variable"));
        Arrays.stream(ComparisonOperator.values()).map(ComparisonOperator::aslName).forEach(fields::add);
        fields.addAll(List.of("And", "Or", "Not", "Assign", "Output", "Comment"));
        return fields;
    }

    @SafeVarargs
    private static void add(List<String> fields, List<String>... groups) {
        for (List<String> group : groups) {
            for (String field : group) {
                if (!fields.contains(field)) {
                    fields.add(field);
                }
            }
        }
    }

    private static List<String> forLanguage(List<String> fields, QueryLanguage language) {
        Set<String> refused = language == QueryLanguage.JSONATA ? JSONPATH_ONLY : JSONATA_ONLY;
        List<String> allowed = new ArrayList<>();
        for (String field : fields) {
            if (!refused.contains(field) && !isJsonPathOperator(field, language)) {
                allowed.add(field);
            }
        }
        return List.copyOf(allowed);
    }

    /** JSONata Choice rules have only {@code Condition}: no Variable, no comparison operators, no And/Or/Not. */
    private static boolean isJsonPathOperator(String field, QueryLanguage language) {
        return language == QueryLanguage.JSONATA && (ComparisonOperator.fromAslName(field) != null
                || field.equals("And") || field.equals("Or") || field.equals("Not"));
    }
}
