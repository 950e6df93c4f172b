package statewise.app.actions;

import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Menu items' icons, made when a menu holding them first opens. The window's menus hold dozens of items with an
 * icon each, a glyph node that nobody sees before a menu opens; making them all was part of the FX thread's work
 * before the first frame. An item keeps its icon's code until then; the menu or popup it sits in gives every such
 * item its icon as it is about to show (a menu's popup also follows an icon set while it shows). Only the FX thread
 * uses it.
 */
final class MenuIcons {

    private static final String ICON_KEY = MenuIcons.class.getName();
    private static final EventHandler<Event> MENU_SHOWING = event -> {
        if (event.getSource() instanceof Menu menu) {
            reveal(menu.getItems());
        }
    };
    private static final EventHandler<WindowEvent> POPUP_SHOWING = event -> {
        if (event.getSource() instanceof ContextMenu popup) {
            reveal(popup.getItems());
        }
    };

    private MenuIcons() {
    }

    /** Gives {@code item} {@code icon} when the menu or popup holding it first shows. */
    static void defer(MenuItem item, Ikon icon) {
        item.getProperties().put(ICON_KEY, icon);
        item.parentMenuProperty().addListener((property, old, menu) -> {
            if (menu != null && menu.getProperties().putIfAbsent(ICON_KEY, Boolean.TRUE) == null) {
                menu.addEventHandler(Menu.ON_SHOWING, MENU_SHOWING);
            }
        });
        item.parentPopupProperty().addListener((property, old, popup) -> {
            if (popup != null && popup.getProperties().putIfAbsent(ICON_KEY, Boolean.TRUE) == null) {
                popup.addEventHandler(WindowEvent.WINDOW_SHOWING, POPUP_SHOWING);
            }
        });
    }

    private static void reveal(Iterable<MenuItem> items) {
        for (MenuItem item : items) {
            if (item.getProperties().remove(ICON_KEY) instanceof Ikon icon && item.getGraphic() == null) {
                item.setGraphic(new FontIcon(icon));
            }
        }
    }
}
