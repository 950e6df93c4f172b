package statewise.app.actions;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCombination;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.Ikon;

/**
 * Something the user can do from a menu, a toolbar or a key: one definition, so every place that offers it
 * shows the same label, icon and shortcut, is enabled at the same moments and runs the same code.
 *
 * @param id          stable identifier, e.g. {@code file.open}
 * @param label       menu text; a leading underscore-marked mnemonic is allowed ({@code _Open…})
 * @param accelerator the keyboard shortcut, or null for none
 * @param icon        the toolbar and menu icon, or null for none
 * @param enabled     when the action can run
 * @param handler     what it does; runs on the FX thread
 */
public record AppAction(String id, String label, @Nullable KeyCombination accelerator, @Nullable Ikon icon,
        ObservableBooleanValue enabled, Runnable handler) {

    /** The label without its mnemonic marker, for tooltips. */
    public String plainLabel() {
        return label.replace("_", "");
    }
}
