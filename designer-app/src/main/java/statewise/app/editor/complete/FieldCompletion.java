package statewise.app.editor.complete;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import statewise.app.editor.complete.CaretContext.Position;
import statewise.app.editor.complete.CompletionEngine.Completion;
import statewise.app.editor.complete.CompletionEngine.Result;
import statewise.engine.document.AslDocument;

/**
 * Completion inside one field of the inspector's forms, from the same engine as the ASL editor. In a string of a
 * JSON field (Parameters, Arguments, ItemSelector, ResultSelector, Output, Assign) that holds a path ({@code .$} keys)
 * or a JSONata expression, and in a path field, it offers: paths into the state's input read from the sample input
 * ({@code $.order.id}, {@code $states.input.order.id}), the context object ({@code $$.Execution.Id},
 * {@code $states.context.Execution.Id}), the workflow variables in scope ({@code $orderId}) and the intrinsic
 * functions ({@code States.Format}). Pure: the view passes the text, the caret and the scope.
 */
public final class FieldCompletion {

    /** AWS's predefined error names, offered in Retry and Catch ErrorEquals (here and in the ASL editor). */
    public static final List<String> ERROR_NAMES = List.of("States.ALL", "States.TaskFailed", "States.Timeout",
            "States.HeartbeatTimeout", "States.Permissions", "States.ResultPathMatchFailure",
            "States.ParameterPathFailure", "States.QueryEvaluationError", "States.BranchFailed",
            "States.NoChoiceMatched", "States.IntrinsicFailure", "States.ExceedToleratedFailureThreshold",
            "States.ItemReaderFailed", "States.ResultWriterFailed", "States.DataLimitExceeded", "States.Runtime");

    /** The context object's fields AWS fills, as paths below the context root. */
    static final List<String> CONTEXT_FIELDS = List.of("Execution.Id", "Execution.Input", "Execution.Name",
            "Execution.RoleArn", "Execution.StartTime", "Execution.RedriveCount", "State.Name", "State.EnteredTime",
            "State.RetryCount", "StateMachine.Id", "StateMachine.Name", "Task.Token", "Map.Item.Index",
            "Map.Item.Value");

    private static final Pattern JSONPATH_WORD = Pattern.compile("\\$\\$?[\\w.\\[\\]]*$");
    private static final Pattern JSONATA_WORD = Pattern.compile("\\$[\\w.]*$");
    private static final Pattern INTRINSIC_WORD = Pattern.compile("[A-Za-z.]*$");
    private static final int MAX_DEPTH = 4;

    /**
     * Where a field is.
     *
     * @param model        the last reading of the definition that parsed
     * @param statePointer the state the field belongs to
     * @param jsonata      true when the state's expressions are JSONata
     * @param input        a sample of the state's input (the preview's), or null when there is none
     */
    public record Scope(AslDocument model, String statePointer, boolean jsonata, @Nullable JsonNode input) {
    }

    private FieldCompletion() {
    }

    /** The suggestions at {@code caret} in the JSON text of a field such as Parameters. */
    public static Result inJson(String text, int caret, Scope scope) {
        CaretContext context = JsonCaret.at(text, caret);
        String prefix = context.prefix();
        boolean expression = scope.jsonata() ? prefix.lastIndexOf("{%") > prefix.lastIndexOf("%}")
                : context.key() != null && context.key().endsWith(".$");
        if (context.position() != Position.VALUE || !context.quoted() || !expression) {
            return new Result(caret, caret, List.of());
        }
        return expression(prefix, context.replaceFrom() + prefix.length(), scope);
    }

    /** The suggestions at {@code caret} in a path field such as InputPath or ItemsPath. */
    public static Result inPath(String text, int caret, Scope scope) {
        return expression(text.substring(0, caret), caret, scope);
    }

    /** AWS's error names for the comma-separated ErrorEquals text at {@code caret}. */
    public static Result errorNames(String text, int caret) {
        int from = text.lastIndexOf(',', caret - 1) + 1;
        while (from < caret && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        int to = text.indexOf(',', caret);
        to = to < 0 ? text.length() : to;
        List<Completion> items = ERROR_NAMES.stream().map(n -> new Completion(n, n, "error", 0)).toList();
        return CompletionEngine.filtered(from, to, text.substring(from, caret), items);
    }

    private static Result expression(String prefix, int caret, Scope scope) {
        Matcher path = (scope.jsonata() ? JSONATA_WORD : JSONPATH_WORD).matcher(prefix);
        if (path.find()) {
            String typed = path.group();
            List<Completion> items = scope.jsonata() ? jsonataPaths(scope) : jsonPathPaths(scope);
            return CompletionEngine.filtered(caret - typed.length(), caret, typed, items);
        }
        Matcher word = INTRINSIC_WORD.matcher(prefix);
        String typed = word.find() ? word.group() : "";
        if (!scope.jsonata() && (typed.isEmpty() || "States.".startsWith(typed) || typed.startsWith("States."))) {
            return CompletionEngine.filtered(caret - typed.length(), caret, typed, CompletionEngine.intrinsics());
        }
        return new Result(caret, caret, List.of());
    }

    private static List<Completion> jsonPathPaths(Scope scope) {
        List<Completion> items = new ArrayList<>();
        inputPaths(scope.input(), "$", 0, items);
        CONTEXT_FIELDS.forEach(f -> items.add(new Completion("$$." + f, "$$." + f, "context", 0)));
        variables(scope).forEach(v -> items.add(new Completion("$" + v, "$" + v, "variable", 0)));
        return items;
    }

    private static List<Completion> jsonataPaths(Scope scope) {
        List<Completion> items = new ArrayList<>();
        inputPaths(scope.input(), "$states.input", 0, items);
        CONTEXT_FIELDS.forEach(f -> items.add(new Completion("$states.context." + f, "$states.context." + f,
                "context", 0)));
        variables(scope).forEach(v -> items.add(new Completion("$" + v, "$" + v, "variable", 0)));
        return items;
    }

    private static List<String> variables(Scope scope) {
        return new ModelLookup(scope.model(), scope.model().text()).variablesVisibleFrom(scope.statePointer());
    }

    /** {@code root} and the path of every object field below it in {@code value}, breadth of the sample only. */
    private static void inputPaths(@Nullable JsonNode value, String root, int depth, List<Completion> items) {
        items.add(new Completion(root, root, "input", 0));
        if (value == null || !value.isObject() || depth >= MAX_DEPTH) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().matches("[A-Za-z_]\\w*")) {
                inputPaths(field.getValue(), root + "." + field.getKey(), depth + 1, items);
            }
        }
    }
}
