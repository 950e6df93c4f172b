package statewise.app.session;

/**
 * Decides which keystrokes make one undo step, so Ctrl+Z takes back a word rather than a letter: single-character
 * insertions typed one after the other merge until a pause, a jump of the caret, a new line or the start of the next
 * word; backspaces (or deletes) in a row merge the same way. A letter typed over a selection starts a step that the
 * letters typed after it join, so replacing a word by typing is undone at once. Pastes and anything else that is
 * not typing start a step of their own. A pure function, tested without a screen.
 */
public final class TypingCoalescer {

    /** A pause longer than this starts a new step. */
    public static final long PAUSE_MILLIS = 1_000;

    /** One change the user typed, and when (a monotonic clock in milliseconds). */
    public record Keystroke(TextEdit edit, long atMillis) {
    }

    private TypingCoalescer() {
    }

    /** True when {@code next} belongs to the same undo step as {@code previous}. */
    public static boolean continues(Keystroke previous, Keystroke next) {
        if (next.atMillis() - previous.atMillis() > PAUSE_MILLIS) {
            return false;
        }
        TextEdit before = previous.edit();
        TextEdit edit = next.edit();
        if ((isTypedCharacter(before) || isTypedOverSelection(before)) && isTypedCharacter(edit)) {
            char last = before.replacement().charAt(0);
            char typed = edit.replacement().charAt(0);
            boolean wordStarts = Character.isWhitespace(last) && !Character.isWhitespace(typed);
            return edit.offset() == before.offset() + 1 && typed != '\n' && !wordStarts;
        }
        if (isSingleDeletion(before) && isSingleDeletion(edit)) {
            boolean backspace = edit.end() == before.offset();
            boolean forwardDelete = edit.offset() == before.offset();
            return backspace || forwardDelete;
        }
        return false;
    }

    /** The label of a typing step that starts with {@code first}. */
    public static String label(TextEdit first) {
        return first.isDeletion() ? "Delete" : "Typing";
    }

    private static boolean isTypedCharacter(TextEdit edit) {
        return edit.length() == 0 && edit.replacement().length() == 1;
    }

    private static boolean isTypedOverSelection(TextEdit edit) {
        return edit.length() > 0 && edit.replacement().length() == 1;
    }

    private static boolean isSingleDeletion(TextEdit edit) {
        return edit.length() == 1 && edit.replacement().isEmpty();
    }
}
