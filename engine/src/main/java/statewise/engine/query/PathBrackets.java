package statewise.engine.query;

import org.jspecify.annotations.Nullable;

/**
 * Reads one bracket segment of a path: a quoted name {@code ['a b']}, a union of names {@code ['a','b']}, an index,
 * a union of indexes or a slice (see {@link BracketNumbers}), a wildcard {@code [*]}, a filter {@code [?(...)]} or
 * a script {@code [(...)]}. Filters and scripts are skipped whole and left to Jayway.
 */
final class PathBrackets {

    private PathBrackets() {
    }

    /**
     * Precondition: the scanner stands on {@code [}. Postcondition: on success it stands after the matching
     * {@code ]}.
     */
    static @Nullable ExpressionError read(PathScanner scanner) {
        int open = scanner.pos();
        scanner.advance(1);
        scanner.skipBlanks();
        if (scanner.pos() >= scanner.end()) {
            return scanner.error("'[' is never closed", open);
        }
        char c = scanner.text().charAt(scanner.pos());
        ExpressionError error = switch (c) {
            case '\'', '"' -> quotedNames(scanner);
            case '*' -> wildcard(scanner, open);
            case '?', '(' -> filter(scanner, open, c);
            case ']' -> scanner.error("Empty brackets: write an index, a quoted name, '*' or a filter inside [ ]",
                    open);
            default -> c == '-' || c == ':' || PathScanner.isDigit(c) ? BracketNumbers.read(scanner, open)
                    : scanner.error("Unexpected '" + c + "' inside [ ]: write an index, a quoted name, '*' or a"
                            + " filter", scanner.pos());
        };
        return error != null ? error : close(scanner, open);
    }

    private static @Nullable ExpressionError quotedNames(PathScanner scanner) {
        while (true) {
            int close = Groups.closingQuote(scanner.text(), scanner.pos());
            if (close < 0 || close >= scanner.end()) {
                return scanner.error("The quoted name starting here is never closed", scanner.pos());
            }
            scanner.advance(close + 1 - scanner.pos());
            scanner.skipBlanks();
            if (!scanner.at(',')) {
                return null;
            }
            ExpressionError union = scanner.multipleNodes("unions ([a,b])", scanner.pos());
            if (union != null) {
                return union;
            }
            scanner.advance(1);
            scanner.skipBlanks();
            if (!scanner.at('\'') && !scanner.at('"')) {
                return scanner.error("Expected a quoted name after ','", scanner.pos());
            }
        }
    }

    private static @Nullable ExpressionError wildcard(PathScanner scanner, int open) {
        ExpressionError refused = scanner.multipleNodes("wildcards (*)", open);
        if (refused == null) {
            scanner.advance(1);
        }
        return refused;
    }

    private static @Nullable ExpressionError filter(PathScanner scanner, int open, char first) {
        ExpressionError refused = scanner.multipleNodes(
                first == '?' ? "filters ([?(...)])" : "script expressions ([(...)])", open);
        if (refused != null) {
            return refused;
        }
        if (first == '?') {
            scanner.advance(1);
            scanner.skipBlanks();
            if (!scanner.at('(')) {
                return scanner.error("Expected '(' after '?': a filter is written [?(condition)]", scanner.pos());
            }
        }
        ParseResult<Integer> close = Groups.close(scanner.text(), scanner.pos());
        if (close instanceof ParseResult.Failed<Integer> failed) {
            return failed.error();
        }
        scanner.advance(close.result().orElseThrow() + 1 - scanner.pos());
        scanner.markForJayway(open);
        return null;
    }

    private static @Nullable ExpressionError close(PathScanner scanner, int open) {
        scanner.skipBlanks();
        if (scanner.pos() >= scanner.end()) {
            return scanner.error("'[' is never closed", open);
        }
        if (!scanner.at(']')) {
            return scanner.error("Expected ']' here", scanner.pos());
        }
        scanner.advance(1);
        return null;
    }
}
