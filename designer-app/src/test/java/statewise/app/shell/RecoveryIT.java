package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import statewise.app.files.Draft;
import statewise.app.files.RecoveryStore;
import statewise.app.prefs.AppDirectories;
import statewise.app.session.NodePositions;

/** A draft left behind by a crashed run is offered at the next start, and restored as unsaved work. */
class RecoveryIT {

    private static final String TEXT = """
            {
              "StartAt": "Recovered",
              "States": {
                "Recovered": {"Type": "Succeed"}
              }
            }
            """;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample().remembering().before(this::leaveADraft);
    private RecoveryStore store;

    /** Writes a draft as a run that ended without saving it would have left it. */
    private void leaveADraft(WindowFixture fixture) throws Exception {
        Process ended = new ProcessBuilder("java", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        AppDirectories directories = new AppDirectories(fixture.config);
        store = new RecoveryStore(directories.recoveryFolder());
        store.write(new Draft("draft-" + ended.pid() + "-1", ended.pid(), null, "lost-work.asl.json", TEXT,
                new NodePositions(Map.of("/States/Recovered", new NodePositions.Position(40, 60))),
                Instant.parse("2026-01-02T10:15:00Z")));
    }

    @Test
    void aDraftFromACrashedRunIsOfferedAndRestoredAsUnsavedWork(FxRobot robot) throws Exception {
        DialogPane dialog = WindowFixture.awaitDialog(robot);
        assertEquals("Restore unsaved work?", dialog.getHeaderText());
        assertTrue(dialog.getContentText().startsWith("Statewise closed without saving lost-work.asl.json"),
                dialog.getContentText());

        WindowFixture.answer(robot, dialog, Dialogs.RESTORE);
        fixture.awaitOpened("lost-work.asl.json");

        assertEquals(TEXT, fixture.area(robot).getText());
        assertEquals("Statewise — *lost-work.asl.json", fixture.stage.getTitle());
        assertEquals(new NodePositions.Position(40, 60),
                fixture.window.session().document().positions().get("/States/Recovered"));
        WindowFixture.await(() -> store.orphans().isEmpty());
    }
}
