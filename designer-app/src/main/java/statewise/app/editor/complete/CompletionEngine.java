package statewise.app.editor.complete;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import statewise.app.editor.complete.CaretContext.Position;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.StateType;
import statewise.engine.query.IntrinsicFunction;

/**
 * What to offer at the caret: state names after {@code Next}, {@code Default} and {@code StartAt} (those of the same
 * graph), the fields the enclosing object may have (for a state, those of its type and query language, minus the
 * ones already written), state types, AWS's error names in ErrorEquals, intrinsic function names in a string
 * ({@code States.}), and the workflow variables that states of the enclosing graphs assign ({@code $}). A pure
 * function of the text, the caret and the last model that could be read, so it works while the text does not parse.
 */
public final class CompletionEngine {

    /** Keys whose value is a list of objects; a new element of one is an object of a known kind. */
    private static final Set<String> OBJECT_LISTS = Set.of("Choices", "Catch", "Retry", "Branches", "And", "Or");
    private static final Pattern WORD = Pattern.compile("[A-Za-z.]*$");
    private static final String INTRINSIC_PREFIX = "States.";
    private static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z_]?\\w*$");

    /**
     * One suggestion.
     *
     * @param label     what the list shows
     * @param insert    what replaces the completed text
     * @param detail    a short hint shown next to the label
     * @param caretBack how far before the end of {@code insert} the caret goes (inside the parentheses of a
     *                  function)
     */
    public record Completion(String label, String insert, String detail, int caretBack) {
    }

    /** The suggestions and the stretch of text the chosen one replaces. */
    public record Result(int from, int to, List<Completion> items) {

        public Result {
            items = List.copyOf(items);
        }
    }

    private CompletionEngine() {
    }

    /**
     * The suggestions at {@code caret} in {@code text}; {@code model} is the last reading of the definition that had
     * no syntax errors (its text may differ from {@code text} by what was typed since).
     */
    public static Result complete(String text, int caret, DocumentFormat format, AslDocument model) {
        CaretContext context = format == DocumentFormat.YAML ? YamlCaret.at(text, caret) : JsonCaret.at(text, caret);
        if (context.position() == Position.NONE) {
            return new Result(caret, caret, List.of());
        }
        ModelLookup lookup = new ModelLookup(model, text);
        String objectPointer = lookup.objectPointer(context.object());
        if (context.position() == Position.KEY) {
            List<String> fields = lookup.fieldsFor(objectPointer, context.object().containerKey());
            List<Completion> items = fields.stream()
                    .map(field -> new Completion(field, keyInsert(text, context, field, format), "field", 0))
                    .toList();
            return result(context, items);
        }
        return valueCompletions(text, context, format, lookup, objectPointer);
    }

    /** True for keys whose value is a list of objects (Choices, Catch, Retry, Branches, And, Or). */
    static boolean holdsObjects(@Nullable String key) {
        return key != null && OBJECT_LISTS.contains(key);
    }

    private static Result valueCompletions(String text, CaretContext context, DocumentFormat format,
            ModelLookup lookup, @Nullable String objectPointer) {
        String key = context.key();
        if ("Next".equals(key) || "Default".equals(key) || "StartAt".equals(key)) {
            List<String> names = "StartAt".equals(key) ? lookup.statesOfGraph(objectPointer)
                    : lookup.statesBeside(objectPointer);
            return result(context, names.stream()
                    .map(name -> new Completion(name, valueInsert(text, context, name, format), "state", 0))
                    .toList());
        }
        if ("Type".equals(key)) {
            return result(context, List.of(StateType.values()).stream().filter(t -> t != StateType.UNKNOWN)
                    .map(t -> new Completion(t.aslName(), valueInsert(text, context, t.aslName(), format),
                            "state type", 0))
                    .toList());
        }
        if ("ErrorEquals".equals(key) && context.quoted()) {
            return result(context, FieldCompletion.ERROR_NAMES.stream()
                    .map(name -> new Completion(name, valueInsert(text, context, name, format), "error", 0))
                    .toList());
        }
        if ("QueryLanguage".equals(key)) {
            return result(context, List.of(QueryLanguage.values()).stream()
                    .map(q -> new Completion(q.aslName(), valueInsert(text, context, q.aslName(), format),
                            "query language", 0))
                    .toList());
        }
        return expressionCompletions(context, lookup, objectPointer);
    }

    /** Inside a string value: intrinsic functions after {@code States}, variables after {@code $}. */
    private static Result expressionCompletions(CaretContext context, ModelLookup lookup,
            @Nullable String objectPointer) {
        String prefix = context.prefix();
        int caret = context.replaceFrom() + prefix.length();
        Matcher variable = VARIABLE.matcher(prefix);
        if (variable.find()) {
            String typed = variable.group();
            List<Completion> items = lookup.variablesVisibleFrom(objectPointer).stream()
                    .map(name -> new Completion("$" + name, "$" + name, "variable", 0))
                    .toList();
            return filtered(caret - typed.length(), caret, typed, items);
        }
        Matcher word = WORD.matcher(prefix);
        String typed = word.find() ? word.group() : "";
        boolean expression = context.key() != null && context.key().endsWith(".$");
        if (typed.isEmpty() ? expression
                : INTRINSIC_PREFIX.startsWith(typed) || typed.startsWith(INTRINSIC_PREFIX)) {
            return filtered(caret - typed.length(), caret, typed, intrinsics());
        }
        return new Result(caret, caret, List.of());
    }

    /** The intrinsic functions, inserted with their parentheses and the caret between them. */
    static List<Completion> intrinsics() {
        return List.of(IntrinsicFunction.values()).stream()
                .map(f -> new Completion(f.awsName(), f.awsName() + "()", "intrinsic function", 1))
                .toList();
    }

    private static Result result(CaretContext context, List<Completion> items) {
        return filtered(context.replaceFrom(), context.replaceTo(), context.prefix(), items);
    }

    /** Items starting with {@code typed} first, then those containing it, each group in its given order. */
    static Result filtered(int from, int to, String typed, List<Completion> items) {
        String needle = typed.toLowerCase(Locale.ROOT);
        List<Completion> kept = new ArrayList<>();
        for (Completion item : items) {
            if (item.label().toLowerCase(Locale.ROOT).contains(needle)) {
                kept.add(item);
            }
        }
        kept.sort(Comparator.comparing(item -> !item.label().toLowerCase(Locale.ROOT).startsWith(needle)));
        return new Result(from, to, kept);
    }

    private static String keyInsert(String text, CaretContext context, String field, DocumentFormat format) {
        if (format == DocumentFormat.YAML) {
            return field + ": ";
        }
        if (context.quoted()) {
            return closesQuote(text, context) ? field : field + "\": ";
        }
        return "\"" + field + "\": ";
    }

    private static String valueInsert(String text, CaretContext context, String value, DocumentFormat format) {
        if (format == DocumentFormat.YAML) {
            return value;
        }
        if (context.quoted()) {
            return closesQuote(text, context) ? value : value + "\"";
        }
        return "\"" + value + "\"";
    }

    private static boolean closesQuote(String text, CaretContext context) {
        return context.replaceTo() < text.length() && text.charAt(context.replaceTo()) == '"';
    }
}
