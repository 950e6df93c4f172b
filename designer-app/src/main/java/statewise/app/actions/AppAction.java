package statewise.app.actions;

import javafx.scene.input.KeyCombination;
import org.jspecify.annotations.Nullable;

/**
 * Something the user can do from a menu, a toolbar or a key: one definition, so every place that offers it
 * shows the same label and shortcut and runs the same code.
 *
 * @param id          stable identifier, e.g. {@code file.open}
 * @param label       menu text; a leading underscore-marked mnemonic is allowed ({@code _Open…})
 * @param accelerator the keyboard shortcut, or null for none
 * @param handler     what it does; runs on the FX thread
 */
public record AppAction(String id, String label, @Nullable KeyCombination accelerator, Runnable handler) {
}
