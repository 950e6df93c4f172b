package statewise.app.session;

import java.util.List;
import java.util.Objects;

/**
 * One replacement in a text: {@code length} characters at {@code offset} become {@code replacement}. A list of them
 * is how an edit made elsewhere (canvas, inspector, Format) reaches the ASL editor as a minimal change, so the
 * caret, the scroll position and the folded regions outside the replaced ranges stay where they were.
 *
 * @param offset      where the replaced range starts, in the text before the edit
 * @param length      how many characters are replaced (0 for an insertion)
 * @param replacement what takes their place ({@code ""} for a deletion)
 */
public record TextEdit(int offset, int length, String replacement) {

    public TextEdit {
        Objects.requireNonNull(replacement, "replacement");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("bad edit " + offset + "+" + length);
        }
    }

    public int end() {
        return offset + length;
    }

    /** How much longer the text gets (negative when it gets shorter). */
    public int delta() {
        return replacement.length() - length;
    }

    public boolean isInsertion() {
        return length == 0 && !replacement.isEmpty();
    }

    public boolean isDeletion() {
        return length > 0 && replacement.isEmpty();
    }

    /**
     * Applies edits given in ascending, non-overlapping order, all with offsets into {@code text}.
     *
     * @throws IllegalArgumentException when the edits overlap, are out of order or reach past the text
     */
    public static String apply(String text, List<TextEdit> edits) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int copied = 0;
        for (TextEdit edit : edits) {
            if (edit.offset < copied || edit.end() > text.length()) {
                throw new IllegalArgumentException("Edits overlap, are out of order or reach past the text: " + edits);
            }
            out.append(text, copied, edit.offset).append(edit.replacement);
            copied = edit.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * Where a position in the old text ends up after the edits: unchanged before an edit, shifted after it, and at
     * the end of the replacement when the edit swallowed it.
     */
    public static int mapOffset(int position, List<TextEdit> edits) {
        int shift = 0;
        for (TextEdit edit : edits) {
            if (position < edit.offset) {
                break;
            }
            if (position < edit.end()) {
                return edit.offset + shift + edit.replacement.length();
            }
            shift += edit.delta();
        }
        return position + shift;
    }
}
