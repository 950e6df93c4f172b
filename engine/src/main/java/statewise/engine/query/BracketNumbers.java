package statewise.engine.query;

import org.jspecify.annotations.Nullable;

/**
 * Reads the numeric forms inside path brackets: an index {@code [2]}, a union of indexes {@code [0,1]} and a slice
 * {@code [1:5]} / {@code [:2]} / {@code [1:]} / {@code [0:10:2]}. Indexes may be negative ({@code [-1]}); they are
 * whole numbers only.
 */
final class BracketNumbers {

    private enum Read { NONE, PRESENT, BROKEN }

    private BracketNumbers() {
    }

    /**
     * Precondition: the scanner stands on the first character inside the brackets, a digit, {@code -} or
     * {@code :}. Postcondition: on success it stands after the numbers, before any blanks and the closing bracket.
     */
    static @Nullable ExpressionError read(PathScanner scanner, int open) {
        int start = scanner.pos();
        Read first = integer(scanner);
        if (first == Read.BROKEN) {
            return scanner.error("Expected digits after '-'", scanner.pos());
        }
        scanner.skipBlanks();
        if (scanner.at(':')) {
            return slice(scanner, start);
        }
        if (first == Read.NONE) {
            return scanner.error("Expected an index inside [ ]", open);
        }
        while (scanner.at(',')) {
            ExpressionError union = scanner.multipleNodes("unions ([0,1])", scanner.pos());
            if (union != null) {
                return union;
            }
            scanner.advance(1);
            scanner.skipBlanks();
            int at = scanner.pos();
            if (integer(scanner) != Read.PRESENT) {
                return scanner.error("Expected an index after ','", at);
            }
            scanner.skipBlanks();
        }
        return null;
    }

    private static @Nullable ExpressionError slice(PathScanner scanner, int start) {
        ExpressionError refused = scanner.multipleNodes("slices ([start:end])", start);
        if (refused != null) {
            return refused;
        }
        for (int part = 0; part < 2 && scanner.at(':'); part++) {
            scanner.advance(1);
            scanner.skipBlanks();
            if (integer(scanner) == Read.BROKEN) {
                return scanner.error("Expected digits after '-'", scanner.pos());
            }
            scanner.skipBlanks();
        }
        return null;
    }

    private static Read integer(PathScanner scanner) {
        boolean minus = scanner.at('-');
        if (minus) {
            scanner.advance(1);
        }
        int digitsFrom = scanner.pos();
        while (scanner.pos() < scanner.end() && PathScanner.isDigit(scanner.text().charAt(scanner.pos()))) {
            scanner.advance(1);
        }
        if (scanner.pos() > digitsFrom) {
            return Read.PRESENT;
        }
        return minus ? Read.BROKEN : Read.NONE;
    }
}
