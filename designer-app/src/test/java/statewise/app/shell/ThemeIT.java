package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import statewise.app.prefs.SettingsStore;
import statewise.app.theme.ThemeChoice;
import statewise.app.theme.ThemeMenu;
import statewise.themes.Theme;

/** View → Theme restyles the open window at once, canvas and editor included, and the choice is remembered. */
class ThemeIT {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.template("hello-world.asl.json").remembering();

    @Test
    void choosingDarkRestylesCanvasAndEditorAndIsRemembered(FxRobot robot) throws Exception {
        fixture.awaitOpened("hello-world.asl.json");
        WindowFixture.await(() -> robot.lookup(".kind-pass .node-box").tryQuery().isPresent());
        assertEquals(token(Theme.LIGHT, "node-fill"), nodeFill(robot));
        assertEquals(token(Theme.LIGHT, "surface"), editorBackground(robot));

        choose(robot, ThemeChoice.DARK);

        assertEquals(token(Theme.DARK, "node-fill"), nodeFill(robot));
        assertEquals(token(Theme.DARK, "surface"), editorBackground(robot));
        assertEquals("dark", new SettingsStore(fixture.settingsFile()).load().theme());
        WindowFixture.save(robot, fixture.stage.getScene(), "theme-dark.png");

        choose(robot, ThemeChoice.HIGH_CONTRAST);

        assertEquals(token(Theme.HIGH_CONTRAST, "surface"), editorBackground(robot));
        assertEquals("high-contrast", new SettingsStore(fixture.settingsFile()).load().theme());
        WindowFixture.save(robot, fixture.stage.getScene(), "theme-high-contrast.png");
    }

    @Test
    void theWorkflowFormsPickersLookLikeItsTextFieldsInEveryTheme(FxRobot robot) throws Exception {
        fixture.awaitOpened("hello-world.asl.json");
        WindowFixture.await(() -> robot.lookup("#inspector-field-StartAt").tryQuery().isPresent());
        for (ThemeChoice choice : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK, ThemeChoice.HIGH_CONTRAST)) {
            choose(robot, choice);
            Region field = robot.lookup("#inspector-field-TimeoutSeconds").queryAs(Region.class);
            for (String picker : List.of("StartAt", "QueryLanguage")) {
                ComboBox<?> box = robot.lookup("#inspector-field-" + picker).queryAs(ComboBox.class);
                assertEquals(fills(field), fills(box), picker + " in " + choice);
                Region cell = (Region) box.getChildrenUnmodifiable().stream().filter(ListCell.class::isInstance)
                        .findFirst().orElseThrow();
                assertTrue(fills(cell).stream().allMatch(Color.TRANSPARENT::equals),
                        picker + "'s shown value has no fill of its own in " + choice + ": " + fills(cell));
            }
        }
    }

    private static List<Paint> fills(Region region) {
        Background background = region.getBackground();
        return background == null ? List.of()
                : background.getFills().stream().map(BackgroundFill::getFill).toList();
    }

    private void choose(FxRobot robot, ThemeChoice choice) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        robot.interact(() -> find(bar, ThemeMenu.itemId(choice)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> fixture.stage.getScene().getRoot().applyCss());
    }

    private static MenuItem find(MenuBar bar, String id) {
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item instanceof Menu sub) {
                    for (MenuItem inner : sub.getItems()) {
                        if (id.equals(inner.getId())) {
                            return inner;
                        }
                    }
                }
            }
        }
        throw new AssertionError("No menu item " + id);
    }

    private static Paint nodeFill(FxRobot robot) {
        return robot.lookup(".kind-pass .node-box").queryAs(Shape.class).getFill();
    }

    /** The colour behind the editor's text: its view's (the code area is transparent over the caret line's tint). */
    private Paint editorBackground(FxRobot robot) {
        Region view = robot.lookup(".asl-editor-view").queryAs(Region.class);
        return Objects.requireNonNull(view.getBackground()).getFills().get(0).getFill();
    }

    private static Color token(Theme theme, String name) {
        return Color.web(theme.tokens().colour(name).hex());
    }
}
