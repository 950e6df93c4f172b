package statewise.engine.query;

import java.math.BigDecimal;

/**
 * Reads the tokens of an intrinsic function's arguments: single-quoted strings with AWS's four escapes, JSON
 * numbers, and the extent of a path argument (which {@link JsonPaths} then checks).
 */
final class IntrinsicLiterals {

    /** The characters AWS lets a backslash escape in intrinsic strings: {@code ' { } \}. */
    private static final String ESCAPABLE = "'{}\\";

    private IntrinsicLiterals() {
    }

    /** Precondition: the parser stands on {@code '}. Postcondition: after the closing quote. */
    static ParseResult<IntrinsicExpression> string(IntrinsicParser parser) {
        String text = parser.text();
        int open = parser.pos();
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                if (i + 1 < text.length() && ESCAPABLE.indexOf(text.charAt(i + 1)) < 0) {
                    return ParseResult.failed("'\\" + printable(text.charAt(i + 1)) + "' is not an escape AWS"
                            + " allows in intrinsic strings: only \\', \\{, \\} and \\\\ are", i);
                }
                i++;
            } else if (c == '\'') {
                parser.moveTo(i + 1);
                return ParseResult.ok(new IntrinsicExpression.StringLiteral(text.substring(open + 1, i), open));
            }
        }
        return ParseResult.failed("This string is never closed: expected a closing '", open);
    }

    /** Precondition: the parser stands on {@code -} or a digit. Postcondition: after the number. */
    static ParseResult<IntrinsicExpression> number(IntrinsicParser parser) {
        String text = parser.text();
        int start = parser.pos();
        int i = start;
        if (text.charAt(i) == '-') {
            i++;
        }
        int digits = digits(text, i);
        if (digits == i) {
            return ParseResult.failed("Expected digits after '-'", i);
        }
        i = text.charAt(i) == '0' ? i + 1 : digits;
        if (i < text.length() && text.charAt(i) == '.') {
            int fraction = digits(text, i + 1);
            if (fraction == i + 1) {
                return ParseResult.failed("Expected digits after '.'", i + 1);
            }
            i = fraction;
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int sign = i + 1 < text.length() && (text.charAt(i + 1) == '+' || text.charAt(i + 1) == '-') ? 1 : 0;
            int exponent = digits(text, i + 1 + sign);
            if (exponent == i + 1 + sign) {
                return ParseResult.failed("Expected digits in the exponent", i + 1 + sign);
            }
            i = exponent;
        }
        if (i < text.length() && (IntrinsicParser.isNamePart(text.charAt(i)) || text.charAt(i) == '.')) {
            return ParseResult.failed("Unexpected '" + text.charAt(i) + "' in a number", i);
        }
        try {
            BigDecimal value = new BigDecimal(text.substring(start, i));
            parser.moveTo(i);
            return ParseResult.ok(new IntrinsicExpression.NumberLiteral(value, start));
        } catch (NumberFormatException e) {
            return ParseResult.failed("This number is out of range", start);
        }
    }

    /**
     * Where the path argument starting at {@code start} ends: at a blank, {@code ,} or {@code )} outside brackets.
     * Precondition: {@code text.charAt(start) == '$'}.
     */
    static ParseResult<Integer> pathEnd(String text, int start) {
        int i = start + 1;
        if (i < text.length() && text.charAt(i) == '$') {
            i++;
        } else {
            while (i < text.length() && JsonPaths.isVariablePart(text.charAt(i))) {
                i++;
            }
        }
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ',' || c == ')' || Character.isWhitespace(c)) {
                break;
            }
            if (c == '[') {
                ParseResult<Integer> close = Groups.close(text, i);
                if (close instanceof ParseResult.Failed<Integer>) {
                    return close;
                }
                i = close.result().orElseThrow() + 1;
            } else if (c == '.' || c == '*' || isShorthandNameCharacter(c)) {
                i++;
            } else {
                return ParseResult.failed("In an intrinsic function argument, a field name with '" + c
                        + "' must use bracket notation, e.g. $['my-field']", i);
            }
        }
        return ParseResult.ok(i);
    }

    /** JSONPath's member-name-shorthand: letters, digits, {@code _} and any non-ASCII character. */
    private static boolean isShorthandNameCharacter(char c) {
        return IntrinsicParser.isNamePart(c) || c >= 0x80;
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && IntrinsicParser.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f ? String.format("u%04x", (int) c) : String.valueOf(c);
    }
}
