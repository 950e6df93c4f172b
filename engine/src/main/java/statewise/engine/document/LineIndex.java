package statewise.engine.document;

import java.util.Arrays;

/** Converts between character offsets and 1-based line/column positions of one text. Lines end at \n. */
public final class LineIndex {

    private final String text;
    private final int[] lineStarts;
    private final int length;

    public LineIndex(String text) {
        this.text = text;
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        // Counted first so the one array is the right size: the text is read again after every pause in typing.
        int[] starts = new int[count];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[line++] = i + 1;
        }
        this.lineStarts = starts;
        this.length = text.length();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line holding {@code offset} (an offset at the very end belongs to the last line). */
    public int line(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int i = Arrays.binarySearch(lineStarts, clamped);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** The 1-based column of {@code offset} on its line. */
    public int column(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        return clamped - lineStarts[line(clamped) - 1] + 1;
    }

    /** The offset of a 1-based line and column, clamped to the text. */
    public int offset(int line, int column) {
        if (line < 1) {
            return 0;
        }
        if (line > lineStarts.length) {
            return length;
        }
        return Math.min(length, lineStarts[line - 1] + Math.max(0, column - 1));
    }

    /** The offset just after the character at {@code offset}, a whole surrogate pair when it starts one. */
    public int afterCharacter(int offset) {
        if (offset >= length) {
            return length;
        }
        boolean pair = Character.isHighSurrogate(text.charAt(offset)) && offset + 1 < length
                && Character.isLowSurrogate(text.charAt(offset + 1));
        return offset + (pair ? 2 : 1);
    }

    /** The span between two offsets (clamped to the text), with one search for its start line. */
    public SourceSpan span(int startOffset, int endOffset) {
        int start = Math.max(0, Math.min(startOffset, length));
        int end = Math.max(start, Math.min(endOffset, length));
        int startLine = line(start);
        int endLine = startLine;
        while (endLine < lineStarts.length && lineStarts[endLine] <= end) {
            endLine++;
        }
        return new SourceSpan(start, end, startLine, start - lineStarts[startLine - 1] + 1, endLine,
                end - lineStarts[endLine - 1] + 1);
    }
}
