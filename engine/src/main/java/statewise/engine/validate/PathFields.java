package statewise.engine.validate;

import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.model.Catcher;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.FailState;
import statewise.engine.model.ItemBatcher;
import statewise.engine.model.MapState;
import statewise.engine.model.PathField;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.ReaderConfig;
import statewise.engine.model.State;
import statewise.engine.model.TaskState;
import statewise.engine.model.WaitState;
import statewise.engine.parse.Placeholders;
import statewise.engine.query.AslPath;
import statewise.engine.query.ExpressionError;
import statewise.engine.query.IntrinsicExpression;
import statewise.engine.query.IntrinsicParser;
import statewise.engine.query.JsonPaths;
import statewise.engine.query.ParseResult;
import statewise.engine.query.PathKind;

/**
 * Every path-valued field of a JSONPath state is a path of the kind the field takes.
 *
 * <p>ASL: InputPath and OutputPath are Paths; ResultPath is a Reference Path ("a Path ... which identifies a
 * single node"); ItemsPath and the {@code ...Path} forms of numbers and timestamps are Reference Paths; a Choice
 * rule's Variable and {@code ...Path} operands are Paths; a Fail state's ErrorPath and CausePath are a Path or an
 * intrinsic function that yields a string. AWS adds that the {@code ...Path} numbers of a Map cannot read the
 * context object ("Value is not a Reference Path").
 */
final class PathFields implements StateRule {

    @Override
    public void checkState(ValidationContext context, StateVisit v) {
        if (v.queryLanguage() != QueryLanguage.JSONPATH) {
            return;
        }
        State s = v.state();
        pathField(context, s.inputPath(), PathKind.PATH, v, "InputPath");
        pathField(context, s.outputPath(), PathKind.PATH, v, "OutputPath");
        pathField(context, s.resultPath(), PathKind.RESULT_PATH, v, "ResultPath");
        List<Catcher> catchers = s.catchers();
        if (catchers != null) {
            for (int i = 0; i < catchers.size(); i++) {
                PathField resultPath = catchers.get(i).resultPath();
                if (resultPath != null && resultPath.path() != null) {
                    path(context, resultPath.path(), PathKind.RESULT_PATH,
                            v.field("Catch") + "/" + i + "/ResultPath");
                }
            }
        }
        if (s instanceof TaskState t) {
            path(context, t.timeoutSecondsPath(), PathKind.REFERENCE_PATH, v.field("TimeoutSecondsPath"));
            path(context, t.heartbeatSecondsPath(), PathKind.REFERENCE_PATH, v.field("HeartbeatSecondsPath"));
        } else if (s instanceof WaitState w) {
            path(context, w.secondsPath(), PathKind.REFERENCE_PATH, v.field("SecondsPath"));
            path(context, w.timestampPath(), PathKind.REFERENCE_PATH, v.field("TimestampPath"));
        } else if (s instanceof FailState f) {
            errorOrCause(context, f.errorPath(), v.field("ErrorPath"));
            errorOrCause(context, f.causePath(), v.field("CausePath"));
        } else if (s instanceof MapState m) {
            map(context, v, m);
        } else if (s instanceof ChoiceState c && c.choices() != null) {
            ChoicePaths.check(context, c.choices(), v.field("Choices"));
        }
    }

    private static void map(ValidationContext context, StateVisit v, MapState m) {
        path(context, m.itemsPath(), PathKind.REFERENCE_PATH, v.field("ItemsPath"));
        numberPath(context, m.maxConcurrencyPath(), v.field("MaxConcurrencyPath"));
        numberPath(context, m.toleratedFailureCountPath(), v.field("ToleratedFailureCountPath"));
        numberPath(context, m.toleratedFailurePercentagePath(), v.field("ToleratedFailurePercentagePath"));
        ReaderConfig reader = m.itemReader() == null ? null : m.itemReader().readerConfig();
        if (reader != null) {
            numberPath(context, reader.maxItemsPath(), v.field("ItemReader") + "/ReaderConfig/MaxItemsPath");
        }
        ItemBatcher batcher = m.itemBatcher();
        if (batcher != null) {
            numberPath(context, batcher.maxItemsPerBatchPath(), v.field("ItemBatcher") + "/MaxItemsPerBatchPath");
            numberPath(context, batcher.maxInputBytesPerBatchPath(),
                    v.field("ItemBatcher") + "/MaxInputBytesPerBatchPath");
        }
    }

    /** Checks a path field of the state; its pointer is only spelled out when the field is there. */
    private static void pathField(ValidationContext context, @Nullable PathField field, PathKind kind, StateVisit v,
            String name) {
        if (field != null && field.path() != null) {
            path(context, field.path(), kind, v.field(name));
        }
    }

    static void path(ValidationContext context, @Nullable String text, PathKind kind, String pointer) {
        if (text == null || Placeholders.isPlaceholder(text)) {
            return;
        }
        ParseResult<AslPath> result = JsonPaths.check(text, kind);
        result.failure().ifPresent(e -> context.report(kind == PathKind.PATH ? DiagnosticCode.INVALID_PATH
                : DiagnosticCode.INVALID_REFERENCE_PATH, message(pointer, kind, text, e), pointer));
    }

    private static void numberPath(ValidationContext context, @Nullable String text, String pointer) {
        if (text != null && text.startsWith("$$")) {
            context.report(DiagnosticCode.INVALID_REFERENCE_PATH, "Value is not a Reference Path: '"
                    + field(pointer) + "' cannot read the context object ($$).", pointer);
            return;
        }
        path(context, text, PathKind.REFERENCE_PATH, pointer);
    }

    private static void errorOrCause(ValidationContext context, @Nullable String text, String pointer) {
        if (text == null || Placeholders.isPlaceholder(text)) {
            return;
        }
        ParseResult<IntrinsicExpression> value = IntrinsicParser.parseValue(text);
        String problem = value.failure().map(ExpressionError::message).orElse(null);
        if (problem == null && value.result().orElseThrow() instanceof IntrinsicExpression.Call call
                && !call.function().allowedInErrorOrCausePath()) {
            problem = call.function().awsName() + " does not return a string";
        }
        if (problem != null) {
            context.report(DiagnosticCode.INVALID_PATH, "The value for the field '" + field(pointer) + "' must be a"
                    + " valid JSONPath or an intrinsic function expression that returns a string: " + problem + ".",
                    pointer);
        }
    }

    private static String message(String pointer, PathKind kind, String text, ExpressionError e) {
        return "The value for the field '" + field(pointer) + "' must be a valid " + kind.displayName() + ": '"
                + text + "' (" + e.message() + " at character " + (e.offset() + 1) + ").";
    }

    static String field(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }
}
