package statewise.engine.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.Severity;
import statewise.engine.document.SpanAnchor;
import statewise.engine.model.MapState;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;
import statewise.engine.parse.Placeholders;
import statewise.engine.query.ExpressionError;
import statewise.engine.query.IntrinsicArguments;
import statewise.engine.query.IntrinsicExpression;
import statewise.engine.query.IntrinsicParser;
import statewise.engine.query.ParseResult;

/**
 * Payload templates of JSONPath states ({@code Parameters}, {@code ResultSelector}, {@code ItemSelector},
 * {@code Assign}, a reader's or writer's {@code Parameters}, {@code BatchInput}).
 *
 * <p>ASL: "If any field within the payload template ... has a name ending with the characters '.$', its value is
 * transformed ... the field's value MUST be a Path or an Intrinsic Function"; "if the field name ... is the same
 * as that of an existing field [after removing '.$'] ... the interpreter MUST raise an error". AWS names the
 * template ("The value for the field 'x.$' must be a valid JSONPath or a valid intrinsic function call at
 * /States/S/Parameters"); we report at that pointer and underline the offending value. Also checked: variable
 * names in {@code Assign}. Warnings: arguments an intrinsic call will refuse at run time, and values that look
 * like a path under a key without {@code .$} (AWS's NO_DOLLAR).
 */
final class PayloadTemplates implements StateRule {

    private static final Pattern VARIABLE_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}_]*");
    private static final Pattern LOOKS_LIKE_PATH = Pattern.compile("\\$\\$?(\\.[^\\s].*|\\[.*)?|States\\.[A-Za-z]+\\(.*");
    static final int MAX_VARIABLE_NAME = 80;

    @Override
    public void checkState(ValidationContext context, StateVisit v) {
        if (v.queryLanguage() != QueryLanguage.JSONPATH) {
            return;
        }
        State s = v.state();
        if (s.parameters() != null) {
            template(context, s.parameters(), v.field("Parameters"));
        }
        if (s.resultSelector() != null) {
            template(context, s.resultSelector(), v.field("ResultSelector"));
        }
        if (s.assign() != null) {
            assign(context, s.assign(), v.field("Assign"));
        }
        if (s.catchers() != null) {
            for (int i = 0; i < s.catchers().size(); i++) {
                if (s.catchers().get(i).assign() != null) {
                    assign(context, s.catchers().get(i).assign(), v.field("Catch") + "/" + i + "/Assign");
                }
            }
        }
        if (v.state() instanceof MapState m) {
            template(context, m.itemSelector(), v.field("ItemSelector"));
            if (m.itemReader() != null) {
                template(context, m.itemReader().parameters(), v.field("ItemReader") + "/Parameters");
            }
            if (m.resultWriter() != null) {
                template(context, m.resultWriter().parameters(), v.field("ResultWriter") + "/Parameters");
            }
            if (m.itemBatcher() != null) {
                template(context, m.itemBatcher().batchInput(), v.field("ItemBatcher") + "/BatchInput");
            }
        }
        ChoiceAssignments.forEach(v.state(), v.pointer(), (assign, pointer) -> assign(context, assign, pointer));
    }

    static void assign(ValidationContext context, @Nullable JsonNode assign, String pointer) {
        if (assign == null || !assign.isObject()) {
            return;
        }
        for (Iterator<String> it = assign.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            String name = key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
            String member = JsonPointer.child(pointer, key);
            if (!VARIABLE_NAME.matcher(name).matches() || name.length() > MAX_VARIABLE_NAME) {
                context.reportWithin(DiagnosticCode.INVALID_VALUE, "'" + name + "' is not a valid variable name: use"
                        + " letters, digits and _ (not starting with a digit), at most " + MAX_VARIABLE_NAME
                        + " characters.", member, member, SpanAnchor.KEY);
            } else if (name.equals("states")) {
                context.reportWithin(DiagnosticCode.INVALID_VALUE, "The variable name 'states' is reserved ($states).",
                        member, member, SpanAnchor.KEY);
            }
        }
        template(context, assign, pointer);
    }

    static void template(ValidationContext context, @Nullable JsonNode template, String root) {
        if (template != null) {
            walk(context, template, root, root);
        }
    }

    private static void walk(ValidationContext context, JsonNode node, String pointer, String root) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(context, node.get(i), JsonPointer.child(pointer, i), root);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            String keyPointer = JsonPointer.child(pointer, key);
            if (!key.endsWith(".$")) {
                noDollar(context, e.getValue(), keyPointer);
                walk(context, e.getValue(), keyPointer, root);
                continue;
            }
            if (node.has(key.substring(0, key.length() - 2))) {
                context.report(DiagnosticCode.TEMPLATE_KEY_CONFLICT, "The template has both '"
                        + key.substring(0, key.length() - 2) + "' and '" + key + "'.", keyPointer);
            }
            dynamicValue(context, key, e.getValue(), keyPointer, root);
        }
    }

    private static void dynamicValue(ValidationContext context, String key, JsonNode value, String keyPointer,
            String root) {
        if (value.isTextual() && Placeholders.isPlaceholder(value.textValue())) {
            return;
        }
        String problem;
        if (!value.isTextual()) {
            problem = "it is not a string";
        } else {
            ParseResult<IntrinsicExpression> parsed = IntrinsicParser.parseValue(value.textValue());
            problem = parsed.failure().map(e -> e.message() + " at character " + (e.offset() + 1)).orElse(null);
            parsed.result().ifPresent(expression -> argumentWarnings(context, expression, keyPointer));
        }
        if (problem != null) {
            String field = PathFields.field(root);
            boolean intrinsic = value.isTextual() && value.textValue().startsWith("States.");
            context.reportWithin(intrinsic ? DiagnosticCode.INVALID_INTRINSIC : DiagnosticCode.INVALID_PATH,
                    "The value for the field '" + key + "' (in '" + field + "') must be a valid JSONPath or a valid"
                    + " intrinsic function call: " + problem + ".", root, keyPointer);
        }
    }

    private static void argumentWarnings(ValidationContext context, IntrinsicExpression expression,
            String pointer) {
        List<ExpressionError> problems = IntrinsicArguments.problems(expression);
        for (ExpressionError p : problems) {
            context.report(DiagnosticCode.INVALID_INTRINSIC, Severity.WARNING, "This call will fail when it runs: "
                    + p.message() + ".", pointer);
        }
    }

    private static void noDollar(ValidationContext context, JsonNode value, String pointer) {
        if (value.isTextual() && LOOKS_LIKE_PATH.matcher(value.textValue()).matches()) {
            context.report(DiagnosticCode.PATH_WITHOUT_DOLLAR, "'" + value.textValue() + "' looks like a path or"
                    + " intrinsic function, but the key does not end with '.$', so it is passed on as this string.",
                    pointer);
        }
    }
}
