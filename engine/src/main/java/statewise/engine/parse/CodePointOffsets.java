package statewise.engine.parse;

/**
 * Turns SnakeYAML's positions, which count code points, into the UTF-16 character offsets everything else uses.
 * Lookups mostly move forward through the text, so a cursor makes the whole conversion linear; texts without
 * surrogate pairs (nearly all) need no conversion at all. The text is only searched for surrogates on the first
 * lookup: JSON never asks, and it is read on every keystroke.
 */
final class CodePointOffsets {

    private final String text;
    private boolean checked;
    private boolean identity;
    private int codePoint;
    private int offset;

    CodePointOffsets(String text) {
        this.text = text;
    }

    /** The character offset of code point number {@code index}, clamped to the text. */
    int toOffset(int index) {
        if (!checked) {
            identity = !hasSurrogates(text);
            checked = true;
        }
        if (identity) {
            return Math.max(0, Math.min(index, text.length()));
        }
        if (index < codePoint) {
            codePoint = 0;
            offset = 0;
        }
        while (codePoint < index && offset < text.length()) {
            offset += Character.charCount(text.codePointAt(offset));
            codePoint++;
        }
        return offset;
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
