package statewise.engine.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * How one notation (JSON or YAML) changes a piece of a text in place, in the style the text already has.
 * Methods add text edits (in old-text offsets) to {@code out}, or throw {@link TextLayout.Unpatchable} when the
 * text around the change has a form they do not handle.
 */
interface Notation {

    /** True when the container cannot be changed member by member (YAML flow style) and is rewritten whole. */
    boolean atomic(String pointer, JsonNode oldValue);

    /** Writes {@code newValue} in place of the value at {@code pointer}. */
    void replace(String pointer, JsonNode oldValue, JsonNode newValue, List<TextEdit> out);

    /** Renames the key of the member at {@code pointer}, leaving its value alone. */
    void renameKey(String pointer, String newKey, List<TextEdit> out);

    /** Removes and inserts members; false when the container is better rewritten whole. */
    boolean members(ContainerChange change, List<TextEdit> out);
}
