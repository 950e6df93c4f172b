package statewise.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static statewise.app.shell.WindowFixture.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.shape.Rectangle;
import org.fxmisc.richtext.CodeArea;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import statewise.app.session.DocumentSession;
import statewise.app.session.TextPatch;
import statewise.app.shell.WindowFixture;

/**
 * The editor's gutter and caret line as a user sees them: a chevron folds its region, breakpoint marks appear on the
 * gutters already shown (not on gutters made again), a click left of a number toggles that line's mark, and the
 * caret's line stays tinted; a model edit elsewhere leaves the folding and the tint where they were.
 */
class EditorGutterIT {

    private static final String NAME = "hello-world.asl.json";

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.template(NAME);

    @Test
    void aChevronFoldsItsRegionAndAModelEditBelowKeepsItFolded(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        CodeArea area = fixture.area(robot);
        int line = lineOf("\"SayHello\": {");
        await(() -> gutter(robot, line).fold() == GutterLine.Fold.UNFOLDED);

        robot.clickOn(gutter(robot, line).lookup(".fold-toggle"));

        await(() -> area.isFolded(line + 1) && gutter(robot, line).fold() == GutterLine.Fold.FOLDED);
        assertTrue(gutter(robot, line).lookup(".fold-toggle").getStyleClass().contains("folded"));
        GutterLine hidden = gutter(robot, line + 1);
        assertTrue(hidden == null || hidden.getChildrenUnmodifiable().stream().noneMatch(n -> n.isVisible()),
                "a folded line's number is not drawn over its neighbours");
        WindowFixture.save(robot, fixture.stage.getScene(), "editor-folded-region.png");
        String edited = fixture.original.replace("\"Seconds\": 3,", "\"Seconds\": 30,");
        robot.interact(() -> fixture.window.session().apply(TextPatch.between(fixture.original, edited,
                "Set Seconds", Set.of("/States/WaitAMoment")), this));
        await(() -> fixture.window.session().document().analysed());
        assertEquals(edited, area.getText());
        assertTrue(area.isFolded(line + 1), "the region stays folded");
        assertEquals(GutterLine.Fold.FOLDED, gutter(robot, line).fold());

        robot.clickOn(gutter(robot, line).lookup(".fold-toggle"));

        await(() -> !area.isFolded(line + 1) && gutter(robot, line).fold() == GutterLine.Fold.UNFOLDED);
    }

    @Test
    void marksAppearOnTheGuttersShownAndAClickLeftOfANumberTogglesItsLine(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        await(() -> gutter(robot, 4) != null);
        List<GutterLine> before = List.of(gutter(robot, 3), gutter(robot, 4), gutter(robot, 5));
        List<Integer> toggled = new ArrayList<>();

        robot.interact(() -> fixture.window.editor().setLineMarks(
                line -> line == 4 ? new LineMark(true, "Breaks only once") : null, toggled::add));

        assertEquals(before, List.of(gutter(robot, 3), gutter(robot, 4), gutter(robot, 5)));
        assertTrue(before.get(1).lookup(".breakpoint-toggle." + EditorGutter.LIMITED_CLASS) != null);
        assertTrue(before.get(0).lookup(".breakpoint-toggle") == null);
        robot.clickOn(robot.point(before.get(2)).atPosition(Pos.CENTER_LEFT).atOffset(new Point2D(12, 0)));
        assertEquals(List.of(5), toggled);

        robot.interact(() -> fixture.window.editor().setLineMarks(line -> null, toggled::add));

        assertTrue(before.get(1).lookup(".breakpoint-toggle") == null, "the mark is gone");
    }

    @Test
    void theCaretsLineIsTintedAndTheTintFollowsItThroughAModelEditAbove(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        CodeArea area = fixture.area(robot);
        DocumentSession session = fixture.window.session();
        int caret = fixture.original.indexOf("\"Done\": {");
        robot.interact(() -> {
            area.moveTo(caret);
            area.requestFollowCaret();
        });
        Rectangle tint = robot.lookup("." + CaretLineTint.STYLE_CLASS).queryAs(Rectangle.class);
        await(() -> tints(tint, area, lineOf("\"Done\": {")));

        String edited = fixture.original.replace("\"Seconds\": 3,", "\"Seconds\": 3,\n      \"Comment\": \"wait\",");
        robot.interact(() -> session.apply(TextPatch.between(fixture.original, edited, "Set Comment",
                Set.of("/States/WaitAMoment")), this));

        assertEquals(lineOf("\"Done\": {") + 1, area.getCurrentParagraph(), "the caret keeps its place in the text");
        await(() -> tints(tint, area, area.getCurrentParagraph()));
    }

    /** True when {@code tint} is shown over exactly the line {@code paragraph}. */
    private static boolean tints(Rectangle tint, CodeArea area, int paragraph) {
        Bounds line = area.getParagraphBoundsOnScreen(paragraph).orElseThrow();
        Bounds shown = tint.localToScreen(tint.getBoundsInLocal());
        return tint.isVisible() && Math.abs(shown.getMinY() - line.getMinY()) < 1
                && Math.abs(shown.getHeight() - line.getHeight()) < 1;
    }

    private int lineOf(String text) {
        String before = fixture.original.substring(0, fixture.original.indexOf(text));
        return (int) before.chars().filter(c -> c == '\n').count();
    }

    private static @Nullable GutterLine gutter(FxRobot robot, int line) {
        return robot.lookup(".gutter").queryAllAs(GutterLine.class).stream()
                .filter(g -> g.getParent() != null && g.line() == line).findFirst().orElse(null);
    }
}
