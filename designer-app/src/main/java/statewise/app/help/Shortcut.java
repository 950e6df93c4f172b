package statewise.app.help;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One row of the keyboard shortcuts table: what an action does and the keys that run it, as the menus show them.
 *
 * @param action the action's label without its mnemonic marker, e.g. {@code Save As…}
 * @param keys   the key combination as the platform writes it, e.g. {@code Ctrl+Shift+S}
 * @param id     the action's id in the registry, e.g. {@code file.saveAs}
 */
public record Shortcut(String action, String keys, String id) {

    /** A label's trailing key hint, as canvas actions name the keys the canvas handles itself: {@code _Rename (F2)}. */
    private static final Pattern HINT = Pattern.compile(
            "^(.*?)\\s*\\(((?:Ctrl|Shift|Alt|Meta|Cmd|F\\d|Del|Enter|Esc)[^()]*)\\)$");

    /**
     * The row for a registered action: its accelerator's text when it has one, else the key hint at the end of its
     * label (the key the focused canvas answers to); empty when the action has no key at all.
     *
     * @param label       the action's label without its mnemonic marker
     * @param accelerator the accelerator's display text, or null
     */
    public static Optional<Shortcut> of(String label, @Nullable String accelerator, String id) {
        String action = label.replace("…", "").trim();
        Matcher hint = HINT.matcher(action);
        if (accelerator != null) {
            return Optional.of(new Shortcut(hint.matches() ? hint.group(1) : action, accelerator, id));
        }
        return hint.matches() ? Optional.of(new Shortcut(hint.group(1), hint.group(2) + " (canvas)", id))
                : Optional.empty();
    }

    /** True when every word of {@code query} occurs in the action, the keys or the id, ignoring case. */
    public boolean matches(String query) {
        String haystack = (action + " " + keys + " " + id).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
