package statewise.app.editor.complete;

import org.jspecify.annotations.Nullable;

/**
 * What the caret is in, read from the text alone (the text may not parse while the user types): a key being
 * written, or the value of a named key, and the stretch of text a completion would replace.
 *
 * @param position    key, value, or neither (e.g. inside a number)
 * @param key         for a value, the key it belongs to (for an array element, the array's key), else null
 * @param prefix      what is already typed of the word being completed
 * @param replaceFrom start of the text a completion replaces
 * @param replaceTo   end of it
 * @param quoted      true when the caret is inside a JSON string (the completion goes between the quotes)
 * @param object      how to find the object that holds the key or value
 */
public record CaretContext(Position position, @Nullable String key, String prefix, int replaceFrom, int replaceTo,
        boolean quoted, ObjectRef object) {

    /** Where in a key-value pair the caret is. */
    public enum Position {
        KEY, VALUE, NONE
    }

    /** How {@link ObjectRef#offset()} leads to the object. */
    public enum Via {
        /** The offset is the object's opening brace (JSON). */
        OPEN_BRACKET,
        /** The offset is another key of the same object (YAML). */
        SIBLING_KEY,
        /** The offset is the key whose value the object is (YAML, first key of an object). */
        PARENT_KEY,
        /** Unknown: a new YAML list item, or the top level. */
        NONE
    }

    /**
     * The object around the caret.
     *
     * @param offset       see {@code via}; -1 when unknown
     * @param via          how the offset leads to the object
     * @param containerKey the key the object is the value of (for an array element, the array's key), or null at
     *                     the top level; it tells the kind of a new object the model does not know yet
     */
    public record ObjectRef(int offset, Via via, @Nullable String containerKey) {

        static final ObjectRef UNKNOWN = new ObjectRef(-1, Via.NONE, null);
    }

    static CaretContext none(int caret) {
        return new CaretContext(Position.NONE, null, "", caret, caret, false, ObjectRef.UNKNOWN);
    }
}
