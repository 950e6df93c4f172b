package statewise.app.theme;

import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/** View → Theme: Light, Dark, High Contrast and Follow System, the current choice ticked. */
public final class ThemeMenu {

    /** Node id of the menu; each item is {@code theme-<id>}, e.g. {@code theme-high-contrast}. */
    public static final String ID = "menu-theme";

    private ThemeMenu() {
    }

    /** The menu; {@code chosen} runs with the user's pick (switch the theme, remember it). */
    public static Menu menu(Consumer<ThemeChoice> chosen) {
        Menu menu = new Menu("_Theme");
        menu.setId(ID);
        ToggleGroup group = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(choice.label());
            item.setId(itemId(choice));
            item.setUserData(choice);
            item.setToggleGroup(group);
            item.setOnAction(event -> chosen.accept(choice));
            if (choice == ThemeChoice.SYSTEM) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().add(item);
        }
        menu.setOnShowing(event -> group.getToggles().forEach(
                toggle -> toggle.setSelected(toggle.getUserData() == ThemeSwitcher.choice())));
        return menu;
    }

    /** The node id of {@code choice}'s item. */
    public static String itemId(ThemeChoice choice) {
        return "theme-" + choice.id();
    }
}
