package statewise.app.debug;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static statewise.app.shell.WindowFixture.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import statewise.app.fx.Snapshots;
import statewise.app.shell.WindowFixture;

/**
 * The cost view's rates, in a dialog of their own: a changed price is applied to the shown run's estimate and kept
 * in the settings folder.
 */
class CostRatesIT {

    private static final String FLOW = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Parameters": {"FunctionName": "charge"}, "Next": "Done"},
              "Done": {"Type": "Succeed"}}}""";
    private static final Path SCREENSHOTS = Path.of(System.getProperty("statewise.screenshots",
            "target/screenshots"));

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.text("pay.asl.json", FLOW).size(1280, 800);

    @Test
    void changedStandardPriceRepricesTheShownRunAndIsKept(FxRobot robot) throws Exception {
        DebuggerViewModel model = fixture.window.debugger().model();
        await(() -> fixture.window.session().document().analysed());
        robot.interact(model::run);
        await(() -> model.shownProperty().get() != null && model.shownProperty().get().resultProperty().get() != null);
        robot.interact(() -> {
            robot.lookup(".main-rows").queryAs(SplitPane.class).setDividerPositions(0.12);
            TabPane tabs = robot.lookup("#debug-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals("Cost"))
                    .findFirst().orElseThrow());
            robot.lookup("#" + CostRatesView.OPEN_ID).queryAs(Button.class).fire();
        });
        await(() -> robot.lookup("." + CostRatesView.DIALOG_CLASS).tryQuery().isPresent());
        DialogPane dialog = robot.lookup("." + CostRatesView.DIALOG_CLASS).queryAs(DialogPane.class);
        Button apply = robot.lookup("#" + CostRatesView.APPLY_ID).queryAs(Button.class);
        double applyBottom = apply.localToScene(apply.getBoundsInLocal()).getMaxY();
        assertTrue(applyBottom < dialog.getScene().getHeight(), "the whole form shows however short the dock: "
                + applyBottom + " of " + dialog.getScene().getHeight());
        Label summary = robot.lookup("#" + CostView.SUMMARY_ID).queryAs(Label.class);
        assertTrue(summary.getText().contains("2 billed transitions · Standard $0.00005 "), summary.getText());

        robot.interact(() -> robot.lookup("#" + CostRatesView.STANDARD_ID).queryAs(TextField.class)
                .setText("0.0375"));
        robot.interact(() -> robot.lookup("#" + CostRatesView.APPLY_ID).queryAs(Button.class).fire());

        await(() -> summary.getText().contains("Standard $0.000075 "));
        await(() -> Files.isRegularFile(fixture.config.resolve(CostRatesViewModel.FILE)));
        assertTrue(Files.readString(fixture.config.resolve(CostRatesViewModel.FILE)).contains("0.0375"));
        robot.interact(() -> {
            try {
                Snapshots.writePng(fixture.stage.getScene(), SCREENSHOTS.resolve("cost-rates.png"));
                Snapshots.writePng(dialog.getScene(), SCREENSHOTS.resolve("cost-rates-dialog.png"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
