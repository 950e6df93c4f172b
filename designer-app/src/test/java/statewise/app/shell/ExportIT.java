package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import statewise.app.export.ExportActions;
import statewise.app.export.ExportKind;
import statewise.app.session.TextPatch;
import statewise.app.theme.ThemeSwitcher;
import statewise.themes.Theme;

/**
 * File → Export as a user runs it: every format written where the save dialog pointed, with the content checked;
 * the diagram drawn in the window's theme or the one picked, the PNG at the scale picked; the clipboard copy; and
 * a definition with errors exported only after a question that says what AWS will refuse.
 */
class ExportIT {

    private static final String NAME = "order-processing.asl.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.template(NAME);
    private final Path folder = fixture.newFolder("statewise-export-it");

    @Test
    void everyFormatIsWrittenWhereTheUserChose(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        robot.interact(() -> fixture.window.exports().chooseFilesWith((kind, suggested) -> folder.resolve(suggested)));

        assertEquals(JSON.readTree(fixture.original), JSON.readTree(export(robot, ExportKind.ASL_JSON)));
        assertEquals(JSON.readTree(fixture.original), YAML.readTree(export(robot, ExportKind.ASL_YAML)));
        String cloudFormation = export(robot, ExportKind.CLOUDFORMATION);
        assertEquals(JSON.readTree(fixture.original),
                YAML.readTree(cloudFormation).at("/Resources/orderprocessing/Properties/Definition"), cloudFormation);
        assertEquals("AWS::Serverless::StateMachine",
                YAML.readTree(export(robot, ExportKind.SAM)).at("/Resources/orderprocessing/Type").asText());
        String terraform = export(robot, ExportKind.TERRAFORM);
        assertTrue(terraform.contains("resource \"aws_sfn_state_machine\" \"order-processing\""), terraform);
        String svg = diagram(robot, ExportKind.SVG, null);
        assertTrue(svg.contains("<svg") && svg.contains("ValidateOrder"), svg);
        assertEquals(Set.of("order-processing.asl.json", "order-processing.asl.yaml", "order-processing.cfn.yaml",
                "order-processing.sam.yaml", "order-processing.tf", "order-processing.svg"),
                Set.copyOf(Files.list(folder).map(p -> p.getFileName().toString()).toList()));
    }

    @Test
    void theDiagramIsDrawnInTheWindowsThemeUnlessTheUserPicksAnother(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        robot.interact(() -> fixture.window.exports().chooseFilesWith((kind, suggested) -> folder.resolve(suggested)));
        try {
            robot.interact(() -> ThemeSwitcher.apply(Theme.DARK));
            assertTrue(diagram(robot, ExportKind.SVG, null).contains(surface(Theme.DARK)), "the window's theme");

            String picked = diagram(robot, ExportKind.SVG, Theme.HIGH_CONTRAST);
            assertTrue(picked.contains(surface(Theme.HIGH_CONTRAST)), picked);
            assertFalse(picked.contains(surface(Theme.DARK)), picked);
        } finally {
            robot.interact(() -> ThemeSwitcher.apply(Theme.LIGHT));
        }
    }

    @Test
    void thePngIsTheCanvasLayoutAtTheScalePicked(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        Path[] target = {folder.resolve("one.png")};
        robot.interact(() -> fixture.window.exports().chooseFilesWith((kind, suggested) -> target[0]));

        BufferedImage one = png(robot, "1×", target[0]);
        target[0] = folder.resolve("three.png");
        BufferedImage three = png(robot, "3×", target[0]);

        double diagramWidth = fixture.window.canvas().layout().size().width();
        assertEquals(diagramWidth, one.getWidth(), diagramWidth * 0.15, "1× is one pixel per diagram unit");
        assertEquals(3.0, (double) three.getWidth() / one.getWidth(), 0.05);
        assertEquals(3.0, (double) three.getHeight() / one.getHeight(), 0.05);
    }

    @Test
    void copyingPutsTheDefinitionOnTheClipboard(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);

        robot.interact(() -> fixture.window.actions().run(ExportActions.COPY_YAML));

        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(JSON.readTree(fixture.original), YAML.readTree(copied[0]));
    }

    @Test
    void aDefinitionWithErrorsIsExportedOnlyAfterSayingWhatAwsRefuses(FxRobot robot) throws Exception {
        fixture.awaitOpened(NAME);
        Path file = folder.resolve("broken.asl.json");
        String broken = fixture.original.replace("\"StartAt\": \"ValidateOrder\"", "\"StartAt\": \"Nowhere\"");
        robot.interact(() -> {
            fixture.window.exports().chooseFilesWith((kind, suggested) -> file);
            fixture.window.session().apply(TextPatch.between(fixture.original, broken, "Break StartAt", Set.of()),
                    this);
        });
        fixture.awaitAnalysed();

        Platform.runLater(() -> fixture.window.actions().run(ExportKind.ASL_JSON.actionId()));
        DialogPane question = WindowFixture.awaitDialog(robot);
        assertEquals("Export a definition with errors?", question.getHeaderText());
        assertTrue(question.getContentText().startsWith("AWS will refuse this definition"), question.getContentText());
        assertTrue(question.getContentText().contains("Nowhere"), question.getContentText());
        WindowFixture.answer(robot, question, ButtonType.CANCEL);
        assertFalse(Files.exists(file));

        Platform.runLater(() -> fixture.window.actions().run(ExportKind.ASL_JSON.actionId()));
        WindowFixture.answer(robot, WindowFixture.awaitDialog(robot), ButtonType.OK);
        WindowFixture.await(() -> Files.exists(file));
        assertEquals(JSON.readTree(broken), JSON.readTree(Files.readString(file)));
    }

    private String export(FxRobot robot, ExportKind kind) throws Exception {
        Path file = folder.resolve("order-processing." + kind.extension());
        robot.interact(() -> fixture.window.actions().run(kind.actionId()));
        WindowFixture.await(() -> Files.exists(file));
        return Files.readString(file);
    }

    /** Exports the diagram as {@code kind}, picking {@code theme} in the dialog (null: keep the one it offers). */
    @SuppressWarnings("unchecked")
    private String diagram(FxRobot robot, ExportKind kind, @Nullable Theme theme) throws Exception {
        Path file = folder.resolve("order-processing." + kind.extension());
        Files.deleteIfExists(file);
        Platform.runLater(() -> fixture.window.actions().run(kind.actionId()));
        DialogPane dialog = WindowFixture.awaitDialog(robot);
        if (theme != null) {
            robot.interact(() -> ((ComboBox<Theme>) dialog.lookup("#export-theme")).setValue(theme));
        }
        WindowFixture.answer(robot, dialog, ButtonType.OK);
        WindowFixture.await(() -> Files.exists(file));
        return Files.readString(file);
    }

    private static String surface(Theme theme) {
        return "fill=\"" + theme.tokens().colour("surface").hex() + "\"";
    }

    @SuppressWarnings("unchecked")
    private BufferedImage png(FxRobot robot, String scale, Path file) throws Exception {
        Platform.runLater(() -> fixture.window.actions().run(ExportKind.PNG.actionId()));
        DialogPane dialog = WindowFixture.awaitDialog(robot);
        robot.interact(() -> ((ComboBox<String>) dialog.lookup("#export-scale")).setValue(scale));
        WindowFixture.answer(robot, dialog, ButtonType.OK);
        WindowFixture.await(() -> Files.exists(file));
        return ImageIO.read(file.toFile());
    }
}
