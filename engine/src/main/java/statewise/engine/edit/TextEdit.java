package statewise.engine.edit;

/**
 * One replacement in a text: {@code length} characters at {@code offset} become {@code replacement}. The edits of
 * one result are sorted by offset, do not overlap, and all refer to the text before any of them is applied; apply
 * them from the last to the first (or shift later offsets by each earlier edit's change in length).
 */
public record TextEdit(int offset, int length, String replacement) {

    public TextEdit {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("bad text edit at " + offset + " of length " + length);
        }
    }

    public int end() {
        return offset + length;
    }

    /** The offset change this edit causes for text after it. */
    public int delta() {
        return replacement.length() - length;
    }
}
