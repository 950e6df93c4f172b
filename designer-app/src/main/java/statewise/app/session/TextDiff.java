package statewise.app.session;

import java.util.List;

/**
 * The smallest single replacement between two texts: what is left when their common start and common end are
 * taken away. Used when a whole new text arrives (Format, Replace All, a reload) so the editor still replaces only
 * the part that changed.
 */
public final class TextDiff {

    private TextDiff() {
    }

    /** No edit when the texts are equal, else one edit covering what differs. */
    public static List<TextEdit> minimal(String oldText, String newText) {
        int limit = Math.min(oldText.length(), newText.length());
        int prefix = 0;
        while (prefix < limit && oldText.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        if (prefix == oldText.length() && prefix == newText.length()) {
            return List.of();
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && oldText.charAt(oldText.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
            suffix++;
        }
        return List.of(new TextEdit(prefix, oldText.length() - prefix - suffix,
                newText.substring(prefix, newText.length() - suffix)));
    }
}
