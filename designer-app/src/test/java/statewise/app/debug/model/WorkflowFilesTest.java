package statewise.app.debug.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.engine.run.service.RunSettings;

class WorkflowFilesTest {

    @TempDir
    Path dir;

    @Test
    void runSettingsNextToTheWorkflowGiveItsLocalS3Folder() throws Exception {
        Path definition = dir.resolve("etl.asl.json");
        Files.writeString(dir.resolve("etl.asl.run.json"), "{\"s3Root\": \"s3\"}");

        RunSettings settings = new WorkflowFiles(definition).runSettings();

        assertEquals(dir.resolve("s3").toAbsolutePath().normalize(), settings.s3Root().toAbsolutePath().normalize());
    }

    @Test
    void aWorkflowWithoutRunSettingsHasNone() throws Exception {
        assertEquals(RunSettings.NONE, new WorkflowFiles(dir.resolve("order.asl.json")).runSettings());
    }

    @Test
    void brokenRunSettingsSayWhichFile() throws Exception {
        Files.writeString(dir.resolve("etl.asl.run.json"), "{\"s3Root\": 7");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WorkflowFiles(dir.resolve("etl.asl.json")).runSettings());

        assertTrue(e.getMessage().contains("etl.asl.run.json"), e.getMessage());
    }
}
