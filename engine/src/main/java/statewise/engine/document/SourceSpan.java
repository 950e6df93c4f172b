package statewise.engine.document;

/**
 * A range of the source text: character offsets (0-based, end exclusive) and 1-based line and column of both ends.
 * Columns count UTF-16 characters, as editors do.
 */
public record SourceSpan(int startOffset, int endOffset, int startLine, int startColumn, int endLine, int endColumn) {

    public SourceSpan {
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("bad offsets " + startOffset + ".." + endOffset);
        }
    }

    /** A zero-length span at one position. */
    public static SourceSpan at(int offset, int line, int column) {
        return new SourceSpan(offset, offset, line, column, line, column);
    }

    /** The span from the start of this one to the end of {@code other}. */
    public SourceSpan to(SourceSpan other) {
        return new SourceSpan(startOffset, other.endOffset, startLine, startColumn, other.endLine, other.endColumn);
    }

    public int length() {
        return endOffset - startOffset;
    }

    public boolean contains(int offset) {
        return offset >= startOffset && offset <= endOffset;
    }
}
