package statewise.engine.validate;

import java.util.List;
import java.util.Set;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.SpanAnchor;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.Condition;
import statewise.engine.model.MapState;
import statewise.engine.model.QueryLanguage;

/**
 * Each query language has its own fields. JSONata states use {@code Arguments}, {@code Output}, {@code Items} and
 * {@code Condition} instead of the JSONPath fields ({@code InputPath}, {@code Parameters}, {@code ResultSelector},
 * {@code ResultPath}, {@code OutputPath}, {@code ItemsPath}, {@code Variable} and every {@code ...Path} field).
 * A state inherits the state machine's language (not an enclosing Parallel's or Map's), and may not choose JSONPath
 * when the state machine chose JSONata. Messages are AWS's, e.g. "The QueryLanguage is set to 'JSONPath', but field
 * 'Output' is only supported for the 'JSONata' QueryLanguage".
 */
final class QueryLanguageFields implements StateRule {

    private static final List<String> JSONPATH_ONLY = List.of("InputPath", "Parameters", "ResultSelector",
            "ResultPath", "OutputPath", "ItemsPath", "SecondsPath", "TimestampPath", "TimeoutSecondsPath",
            "HeartbeatSecondsPath", "ErrorPath", "CausePath", "MaxConcurrencyPath", "ToleratedFailureCountPath",
            "ToleratedFailurePercentagePath");
    private static final List<String> JSONATA_ONLY = List.of("Arguments", "Output", "Items");
    private static final Set<String> NESTED_JSONPATH_ONLY = Set.of("ItemReader/Parameters",
            "ItemReader/ReaderConfig/MaxItemsPath", "ResultWriter/Parameters", "ItemBatcher/MaxItemsPerBatchPath",
            "ItemBatcher/MaxInputBytesPerBatchPath");
    private static final Set<String> NESTED_JSONATA_ONLY = Set.of("ItemReader/Arguments", "ResultWriter/Arguments");

    @Override
    public void checkState(ValidationContext context, StateVisit v) {
        QueryLanguage ql = v.queryLanguage();
        if (context.defaultQueryLanguage() == QueryLanguage.JSONATA && v.state().queryLanguage()
                == QueryLanguage.JSONPATH) {
            context.reportWithin(DiagnosticCode.QUERY_LANGUAGE_FIELD, "'QueryLanguage' can not be 'JSONPath' if set to"
                    + " 'JSONata' for whole state machine.", v.pointer(), v.field("QueryLanguage"), SpanAnchor.VALUE);
        }
        List<String> refused = ql == QueryLanguage.JSONATA ? JSONPATH_ONLY : JSONATA_ONLY;
        for (String field : refused) {
            if (StateFields.has(v.state(), field)) {
                report(context, ql, field, v.field(field));
            }
        }
        checkErrorHandlers(context, v, ql);
        if (v.state() instanceof MapState) {
            for (String path : ql == QueryLanguage.JSONATA ? NESTED_JSONPATH_ONLY : NESTED_JSONATA_ONLY) {
                if (context.has(v.pointer() + "/" + path)) {
                    report(context, ql, path.substring(path.lastIndexOf('/') + 1), v.pointer() + "/" + path);
                }
            }
        }
        if (v.state() instanceof ChoiceState choice && choice.choices() != null) {
            for (int i = 0; i < choice.choices().size(); i++) {
                checkRule(context, ql, choice.choices().get(i), v.field("Choices") + "/" + i);
            }
        }
    }

    private static void checkErrorHandlers(ValidationContext context, StateVisit v, QueryLanguage ql) {
        if (v.state().catchers() == null) {
            return;
        }
        String field = ql == QueryLanguage.JSONATA ? "ResultPath" : "Output";
        for (int i = 0; i < v.state().catchers().size(); i++) {
            String pointer = v.field("Catch") + "/" + i + "/" + field;
            if (context.has(pointer)) {
                report(context, ql, field, pointer);
            }
        }
    }

    private static void checkRule(ValidationContext context, QueryLanguage ql, ChoiceRule rule, String pointer) {
        Condition c = rule.condition();
        if (ql == QueryLanguage.JSONATA) {
            if (c instanceof Condition.Comparison comparison) {
                report(context, ql, comparison.operator().aslName(), pointer + "/" + comparison.operator().aslName());
            } else if (c instanceof Condition.And || c instanceof Condition.Or || c instanceof Condition.Not) {
                String field = c instanceof Condition.And ? "And" : c instanceof Condition.Or ? "Or" : "Not";
                report(context, ql, field, pointer + "/" + field);
            }
        } else {
            if (c instanceof Condition.Jsonata || c instanceof Condition.Literal) {
                report(context, ql, "Condition", pointer + "/Condition");
            }
            if (context.has(pointer + "/Output")) {
                report(context, ql, "Output", pointer + "/Output");
            }
        }
    }

    private static void report(ValidationContext context, QueryLanguage ql, String field, String pointer) {
        QueryLanguage other = ql == QueryLanguage.JSONATA ? QueryLanguage.JSONPATH : QueryLanguage.JSONATA;
        context.report(DiagnosticCode.QUERY_LANGUAGE_FIELD, "The QueryLanguage is set to '" + ql.aslName()
                + "', but field '" + field + "' is only supported for the '" + other.aslName() + "' QueryLanguage.",
                pointer);
    }
}
