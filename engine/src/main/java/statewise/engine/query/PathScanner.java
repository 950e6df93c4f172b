package statewise.engine.query;

import org.jspecify.annotations.Nullable;

/**
 * Reads one path left to right, once, without backtracking, and either builds its {@link AslPath} or reports the
 * first fault with its offset. The structure (root, dots, names, brackets) is checked here and in
 * {@link PathBrackets}, where offsets are exact; filters and functions, whose inner grammar is Jayway JsonPath's,
 * are then compiled by Jayway.
 *
 * <p>Preconditions: none on the text. Postconditions: on success, {@link AslPath#jsonPath()} is the text after the
 * root, prefixed with {@code $}, with trailing blanks removed.
 */
final class PathScanner {

    /** Characters that only the wider Path syntax gives meaning to, outside brackets. */
    private static final String REFERENCE_FORBIDDEN = "@,:?*'\"";

    private final String text;
    private final PathKind kind;
    private final int end;
    private int pos;
    private boolean definite = true;
    private int jaywayFrom = -1;

    private PathScanner(String text, PathKind kind) {
        this.text = text;
        this.kind = kind;
        int last = text.length();
        while (last > 0 && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        this.end = last;
    }

    static ParseResult<AslPath> scan(String text, PathKind kind) {
        return new PathScanner(text, kind).run();
    }

    private ParseResult<AslPath> run() {
        if (end == 0 || text.charAt(0) != '$') {
            String what = end == 0 ? "is empty" : "does not start with '$'";
            return ParseResult.failed(kind.subject() + " " + what + ": it must start with $, $$ or $variableName", 0);
        }
        int rootEnd = JsonPaths.rootEnd(text);
        AslPath.Root root = rootEnd == 1 ? AslPath.Root.INPUT
                : text.startsWith("$$") ? AslPath.Root.CONTEXT : AslPath.Root.VARIABLE;
        ExpressionError error = rootError(root);
        pos = rootEnd;
        while (error == null && pos < end) {
            error = segment();
        }
        String jsonPath = "$" + text.substring(rootEnd, end);
        if (error == null && jaywayFrom >= 0) {
            ParseResult<String> compiled = JaywayCompiler.compile(jsonPath, jaywayFrom - rootEnd + 1);
            if (compiled instanceof ParseResult.Failed<String> failed) {
                error = failed.error().shiftedBy(rootEnd - 1);
            } else {
                jsonPath = compiled.result().orElseThrow();
            }
        }
        if (error != null) {
            return ParseResult.failed(error);
        }
        String variable = root == AslPath.Root.VARIABLE ? text.substring(1, rootEnd) : null;
        return ParseResult.ok(new AslPath(text, root, variable, jsonPath, definite));
    }

    private @Nullable ExpressionError rootError(AslPath.Root root) {
        if (kind != PathKind.RESULT_PATH || root == AslPath.Root.INPUT) {
            return null;
        }
        return root == AslPath.Root.CONTEXT
                ? error("ResultPath cannot write into the context object ($$): it must start with $", 0)
                : error("ResultPath cannot write to a variable: start it with $, and use Assign for variables", 0);
    }

    private @Nullable ExpressionError segment() {
        char c = text.charAt(pos);
        if (c == '[') {
            return PathBrackets.read(this);
        }
        if (c == '.') {
            return pos + 1 < end && text.charAt(pos + 1) == '.' ? descent() : afterDot();
        }
        if (Character.isWhitespace(c)) {
            return error("Unexpected blank: write a name with blanks in brackets, e.g. $['my name']", pos);
        }
        return error("Unexpected '" + c + "': expected '.' or '[' here", pos);
    }

    private @Nullable ExpressionError descent() {
        int at = pos;
        ExpressionError refused = multipleNodes("recursive descent (..)", at);
        if (refused != null) {
            return refused;
        }
        pos += 2;
        if (pos >= end) {
            return error("A path must not end with '..'", at);
        }
        char c = text.charAt(pos);
        if (c == '.') {
            return error("Unexpected '.'", pos);
        }
        return c == '[' ? PathBrackets.read(this) : member();
    }

    private @Nullable ExpressionError afterDot() {
        pos++;
        if (pos >= end) {
            return error("A path must not end with '.'", pos - 1);
        }
        return text.charAt(pos) == '[' ? PathBrackets.read(this) : member();
    }

    private @Nullable ExpressionError member() {
        int start = pos;
        if (text.charAt(pos) == '*') {
            return wildcard(start);
        }
        while (pos < end) {
            char c = text.charAt(pos);
            if (c == '.' || c == '[' || Character.isWhitespace(c)) {
                break;
            }
            ExpressionError error = memberCharacter(c, start);
            if (error != null) {
                return error;
            }
        }
        return pos == start ? error("Expected a field name after '.'", start) : null;
    }

    /** Consumes one character of a dot-notation name, or the escape or function call starting with it. */
    private @Nullable ExpressionError memberCharacter(char c, int nameStart) {
        if (c == '\\') {
            if (pos + 1 >= end) {
                return error("A path must not end with an escaping '\\'", pos);
            }
            pos += 2;
            return null;
        }
        if (c == '(') {
            return function(nameStart);
        }
        if (c == ']' || c == ')') {
            return error("Unexpected '" + c + "'", pos);
        }
        if (kind != PathKind.PATH && REFERENCE_FORBIDDEN.indexOf(c) >= 0) {
            return forbidden(describe(c), pos);
        }
        pos++;
        return null;
    }

    private @Nullable ExpressionError wildcard(int at) {
        ExpressionError refused = multipleNodes("wildcards (*)", at);
        if (refused != null) {
            return refused;
        }
        pos++;
        if (pos < end && text.charAt(pos) != '.' && text.charAt(pos) != '[') {
            return error("Unexpected '" + text.charAt(pos) + "' after '*'", pos);
        }
        return null;
    }

    private @Nullable ExpressionError function(int nameStart) {
        if (kind != PathKind.PATH) {
            return forbidden("functions such as length()", nameStart);
        }
        ParseResult<Integer> close = Groups.close(text, pos);
        if (close instanceof ParseResult.Failed<Integer> failed) {
            return failed.error();
        }
        pos = close.result().orElseThrow() + 1;
        markForJayway(nameStart);
        return pos < end ? error("A function call such as length() must end the path", pos) : null;
    }

    /**
     * Records a construct that can select several nodes (wildcard, filter, slice, union, descent) at {@code at}.
     * Only Paths allow them; for the other kinds the result is the error to report.
     */
    @Nullable ExpressionError multipleNodes(String what, int at) {
        if (kind != PathKind.PATH) {
            return forbidden(what, at);
        }
        definite = false;
        return null;
    }

    /** Asks for a Jayway compile of the whole path, because of a filter or function starting at {@code at}. */
    void markForJayway(int at) {
        if (jaywayFrom < 0) {
            jaywayFrom = at;
        }
    }

    String text() {
        return text;
    }

    int end() {
        return end;
    }

    int pos() {
        return pos;
    }

    void advance(int count) {
        pos += count;
    }

    void skipBlanks() {
        while (pos < end && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    boolean at(char c) {
        return pos < end && text.charAt(pos) == c;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    ExpressionError error(String message, int offset) {
        return new ExpressionError(message, offset);
    }

    private ExpressionError forbidden(String what, int offset) {
        return error(kind.subject() + " cannot use " + what + ": it must identify a single node", offset);
    }

    private static String describe(char c) {
        return switch (c) {
            case '@' -> "the current-node operator (@)";
            case ',' -> "unions (,)";
            case ':' -> "slices (:)";
            case '?' -> "filters (?)";
            case '*' -> "wildcards (*)";
            default -> "quotes outside brackets (" + c + ")";
        };
    }
}
