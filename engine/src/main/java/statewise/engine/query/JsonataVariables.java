package statewise.engine.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the workflow variables a JSONata expression reads, for "variable read before it is assigned" warnings.
 * The dashjoin library does not expose its syntax tree, so this is a token-level scan (strings, back-quoted names,
 * comments and regular expressions are stepped over by {@link JsonataScan}).
 *
 * <p>Left out: {@code $states} (AWS's reserved variable), {@code $} and {@code $$} (context and root), names
 * called as functions ({@code $sum(...)}), JSONata's built-in functions passed by name ({@code $map(a, $string)}),
 * and names bound inside the expression: by {@code $x :=}, as lambda parameters ({@code function($v)}) or by the
 * {@code #$i} and {@code @$v} path bindings.
 *
 * <p>Approximation: scopes are not tracked, so a name bound anywhere in the expression counts as bound everywhere
 * in it (in {@code $x + ($x := 1)} the first {@code $x} is not reported); and a {@code /} right after an operator
 * is taken as the start of a regular expression, as JSONata itself does.
 */
final class JsonataVariables {

    /** JSONata's built-in functions and the ones AWS adds, which are not variables when passed by name. */
    private static final Set<String> FUNCTIONS = Set.of("sum", "count", "max", "min", "average", "string",
            "substring", "substringBefore", "substringAfter", "lowercase", "uppercase", "length", "trim", "pad",
            "split", "join", "match", "contains", "replace", "now", "millis", "fromMillis", "toMillis",
            "formatNumber", "formatBase", "formatInteger", "parseInteger", "number", "abs", "floor", "ceil", "round",
            "power", "sqrt", "random", "boolean", "not", "map", "zip", "filter", "single", "reduce", "sift", "keys",
            "lookup", "append", "exists", "spread", "merge", "reverse", "each", "error", "assert", "type", "sort",
            "shuffle", "distinct", "base64encode", "base64decode", "encodeUrlComponent", "encodeUrl",
            "decodeUrlComponent", "decodeUrl", "eval", "clone", "partition", "range", "hash", "uuid", "parse");

    private static final char LAMBDA = '\u03bb';

    private JsonataVariables() {
    }

    static List<String> read(String body) {
        Set<String> reads = new LinkedHashSet<>();
        Set<String> bound = new HashSet<>();
        int i = 0;
        while (i < body.length()) {
            int skipped = JsonataScan.skip(body, i);
            if (skipped != i) {
                i = skipped;
            } else if (body.charAt(i) == '$') {
                i = variable(body, i, reads, bound);
            } else if (startsLambda(body, i)) {
                i = lambdaParameters(body, i, bound);
            } else {
                i++;
            }
        }
        List<String> result = new ArrayList<>();
        for (String name : reads) {
            if (!bound.contains(name) && !FUNCTIONS.contains(name)) {
                result.add(name);
            }
        }
        return List.copyOf(result);
    }

    /**
     * Every name written {@code $name} in {@code body}, however it is used (read, bound, called), outside strings,
     * comments and regular expressions; without {@code $} and {@code $$}. What an evaluation may need bound.
     */
    static Set<String> names(String body) {
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        while (i < body.length()) {
            int skipped = JsonataScan.skip(body, i);
            if (skipped != i) {
                i = skipped;
            } else if (body.charAt(i) == '$') {
                int end = nameEnd(body, i + 1);
                if (end > i + 1) {
                    names.add(body.substring(i + 1, end));
                }
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
        return names;
    }

    /** Classifies the {@code $name} at {@code dollar} and returns the index after it. */
    private static int variable(String body, int dollar, Set<String> reads, Set<String> bound) {
        int end = nameEnd(body, dollar + 1);
        String name = body.substring(dollar + 1, end);
        if (name.isEmpty() || name.equals("states")) {
            return end;
        }
        char before = JsonataScan.previousSignificant(body, dollar);
        int after = JsonataScan.nextSignificant(body, end);
        if (before == '#' || before == '@' || body.startsWith(":=", after)) {
            bound.add(name);
        } else if (after >= body.length() || body.charAt(after) != '(') {
            reads.add(name);
        }
        return end;
    }

    /** True at the keyword {@code function} or {@code λ} when a parameter list follows. */
    private static boolean startsLambda(String body, int i) {
        int end;
        if (body.charAt(i) == LAMBDA) {
            end = i + 1;
        } else if (body.startsWith("function", i) && (i == 0 || !isNamePart(body.charAt(i - 1))
                && body.charAt(i - 1) != '$')) {
            end = i + "function".length();
        } else {
            return false;
        }
        int next = JsonataScan.nextSignificant(body, end);
        return next < body.length() && body.charAt(next) == '(';
    }

    /** Records the {@code $name} parameters of the lambda at {@code keyword}; returns the index after the list. */
    private static int lambdaParameters(String body, int keyword, Set<String> bound) {
        int i = body.indexOf('(', keyword) + 1;
        while (i < body.length() && body.charAt(i) != ')') {
            if (body.charAt(i) == '$') {
                int end = nameEnd(body, i + 1);
                bound.add(body.substring(i + 1, end));
                i = end;
            } else {
                i++;
            }
        }
        return Math.min(i + 1, body.length());
    }

    private static int nameEnd(String body, int from) {
        int i = from;
        while (i < body.length() && isNamePart(body.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
