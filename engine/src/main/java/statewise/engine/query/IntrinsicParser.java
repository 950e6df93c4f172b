package statewise.engine.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads intrinsic function calls ({@code States.Format('{}', $.name)}) into {@link IntrinsicExpression} trees, and
 * checks what AWS checks when it creates a state machine: the syntax, the function names and the number of
 * arguments. A hand-written recursive descent with one character of look-ahead; nesting deeper than AWS allows
 * ({@value #MAX_NESTING} calls) is reported, so no input can exhaust the stack.
 *
 * <p>Grammar (blanks are allowed between tokens, not before the first):
 * <pre>
 * call     = name "(" [ argument { "," argument } ] ")"
 * argument = string | number | "true" | "false" | "null" | path | call
 * string   = "'" { character | "\'" | "\{" | "\}" | "\\" } "'"
 * number   = [ "-" ] integer [ "." digits ] [ exponent ]          (JSON numbers)
 * path     = ( "$" | "$$" | "$" variable ) { "." shorthand-name | "." "*" | "[" ... "]" | ".." }
 * </pre>
 * A path argument is then checked as a Path by {@link JsonPaths}. Dot-notation names in arguments are limited to
 * JSONPath's member-name-shorthand (letters, digits, {@code _}, non-ASCII): the AWS guide asks for bracket notation
 * for anything else.
 */
public final class IntrinsicParser {

    /** AWS: "You can nest up to 10 intrinsic functions within a field". */
    public static final int MAX_NESTING = 10;

    private static final String NOT_A_VALUE =
            "The value must be a valid JSONPath (starting with $) or a valid intrinsic function call";

    private final String text;
    private int pos;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    /** Parses and checks one intrinsic function call, e.g. {@code States.ArrayGetItem($.list, 0)}. */
    public static ParseResult<IntrinsicExpression.Call> parseCall(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return ParseResult.failed("An intrinsic function call must not be empty", 0);
        }
        if (Character.isWhitespace(text.charAt(0))) {
            return ParseResult.failed("Unexpected blank before the function name", 0);
        }
        IntrinsicParser parser = new IntrinsicParser(text);
        ParseResult<IntrinsicExpression.Call> call = parser.call(1);
        if (call.isOk()) {
            parser.skipBlanks();
            if (parser.pos < text.length()) {
                return ParseResult.failed("Unexpected text after the closing ')'", parser.pos);
            }
        }
        return call;
    }

    /**
     * Parses the value of a {@code "key.$"} field (or an {@code ErrorPath} / {@code CausePath}), which AWS requires
     * to be "a valid JSONPath or a valid intrinsic function call": a Path gives a
     * {@link IntrinsicExpression.PathArgument}, a call a {@link IntrinsicExpression.Call}.
     */
    public static ParseResult<IntrinsicExpression> parseValue(String text) {
        Objects.requireNonNull(text, "text");
        if (text.startsWith("$")) {
            return JsonPaths.checkPath(text).map(path -> new IntrinsicExpression.PathArgument(path, 0));
        }
        if (!text.isEmpty() && Character.isWhitespace(text.charAt(0))) {
            return ParseResult.failed(NOT_A_VALUE + ", with no blank before it", 0);
        }
        if (!looksLikeCall(text)) {
            return ParseResult.failed(NOT_A_VALUE, 0);
        }
        return parseCall(text).map(call -> call);
    }

    private static boolean looksLikeCall(String text) {
        if (text.startsWith("States.")) {
            return true;
        }
        int nameEnd = nameEnd(text, 0);
        while (nameEnd > 0 && nameEnd < text.length() && Character.isWhitespace(text.charAt(nameEnd))) {
            nameEnd++;
        }
        return nameEnd > 0 && nameEnd < text.length() && text.charAt(nameEnd) == '(';
    }

    private ParseResult<IntrinsicExpression.Call> call(int depth) {
        int start = pos;
        int end = nameEnd(text, start);
        if (end == start) {
            return ParseResult.failed("Expected an intrinsic function name such as States.Format", start);
        }
        String name = text.substring(start, end);
        Optional<IntrinsicFunction> found = IntrinsicFunction.byAwsName(name);
        if (found.isEmpty()) {
            return ParseResult.failed(unknownFunction(name), start);
        }
        if (depth > MAX_NESTING) {
            return ParseResult.failed("AWS allows at most " + MAX_NESTING + " nested intrinsic functions", start);
        }
        pos = end;
        skipBlanks();
        if (pos >= text.length() || text.charAt(pos) != '(') {
            return ParseResult.failed("Expected '(' after " + name, pos);
        }
        ParseResult<List<IntrinsicExpression>> arguments = arguments(depth);
        if (!(arguments instanceof ParseResult.Ok<List<IntrinsicExpression>> ok)) {
            return ParseResult.failed(arguments.failure().orElseThrow());
        }
        IntrinsicFunction function = found.get();
        int count = ok.value().size();
        if (!function.acceptsArgumentCount(count)) {
            return ParseResult.failed(name + " " + function.arityDescription() + ", but " + count
                    + (count == 1 ? " is" : " are") + " given", start);
        }
        return ParseResult.ok(new IntrinsicExpression.Call(function, ok.value(), start));
    }

    /** Precondition: at {@code (}. Postcondition: after the matching {@code )}. */
    private ParseResult<List<IntrinsicExpression>> arguments(int depth) {
        int open = pos;
        pos++;
        List<IntrinsicExpression> arguments = new ArrayList<>();
        skipBlanks();
        if (pos < text.length() && text.charAt(pos) == ')') {
            pos++;
            return ParseResult.ok(arguments);
        }
        while (true) {
            skipBlanks();
            ParseResult<IntrinsicExpression> argument = argument(depth);
            if (!(argument instanceof ParseResult.Ok<IntrinsicExpression> ok)) {
                return ParseResult.failed(argument.failure().orElseThrow());
            }
            arguments.add(ok.value());
            skipBlanks();
            if (pos >= text.length()) {
                return ParseResult.failed("This '(' is never closed", open);
            }
            char c = text.charAt(pos++);
            if (c == ')') {
                return ParseResult.ok(arguments);
            }
            if (c != ',') {
                return ParseResult.failed("Expected ',' or ')' here", pos - 1);
            }
        }
    }

    private ParseResult<IntrinsicExpression> argument(int depth) {
        if (pos >= text.length()) {
            return ParseResult.failed("Expected an argument here", pos);
        }
        char c = text.charAt(pos);
        if (c == '\'') {
            return IntrinsicLiterals.string(this);
        }
        if (c == '-' || isDigit(c)) {
            return IntrinsicLiterals.number(this);
        }
        if (c == '$') {
            return path();
        }
        if (c == '"') {
            return ParseResult.failed("Strings in intrinsic functions are written in single quotes", pos);
        }
        if (c == ',' || c == ')') {
            return ParseResult.failed("Expected an argument before '" + c + "'", pos);
        }
        return isNameStart(c) ? wordOrCall(depth) : ParseResult.failed("Unexpected '" + c + "'", pos);
    }

    private ParseResult<IntrinsicExpression> wordOrCall(int depth) {
        int start = pos;
        int end = nameEnd(text, start);
        String word = text.substring(start, end);
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && text.charAt(next) == '(') {
            return call(depth + 1).map(call -> call);
        }
        pos = end;
        return switch (word) {
            case "true" -> ParseResult.ok(new IntrinsicExpression.BooleanLiteral(true, start));
            case "false" -> ParseResult.ok(new IntrinsicExpression.BooleanLiteral(false, start));
            case "null" -> ParseResult.ok(new IntrinsicExpression.NullLiteral(start));
            default -> ParseResult.failed("Unexpected '" + word + "': an argument is a 'string', a number, true,"
                    + " false, null, a path starting with $ or an intrinsic function call", start);
        };
    }

    private ParseResult<IntrinsicExpression> path() {
        int start = pos;
        ParseResult<Integer> end = IntrinsicLiterals.pathEnd(text, start);
        if (end instanceof ParseResult.Failed<Integer> failed) {
            return ParseResult.failed(failed.error());
        }
        pos = end.result().orElseThrow();
        ParseResult<AslPath> path = JsonPaths.checkPath(text.substring(start, pos));
        if (path instanceof ParseResult.Failed<AslPath> failed) {
            return ParseResult.failed(failed.error().shiftedBy(start));
        }
        return ParseResult.ok(new IntrinsicExpression.PathArgument(path.result().orElseThrow(), start));
    }

    private static String unknownFunction(String name) {
        if (name.equals("States")) {
            return "Expected a function name after 'States.', such as States.Format";
        }
        for (IntrinsicFunction function : IntrinsicFunction.values()) {
            String awsName = function.awsName();
            if (awsName.equalsIgnoreCase(name) || awsName.equals("States." + name)) {
                return "Unknown intrinsic function '" + name + "': did you mean " + awsName + "?";
            }
        }
        return "Unknown intrinsic function '" + name + "'";
    }

    /** The end of a dotted name ({@code States.Format}, {@code true}) starting at {@code start}. */
    private static int nameEnd(String text, int start) {
        int i = start;
        while (i < text.length() && isNameStart(text.charAt(i))) {
            i++;
            while (i < text.length() && isNamePart(text.charAt(i))) {
                i++;
            }
            if (i + 1 < text.length() && text.charAt(i) == '.' && isNameStart(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    String text() {
        return text;
    }

    int pos() {
        return pos;
    }

    void moveTo(int position) {
        pos = position;
    }

    private void skipBlanks() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }
}
