package statewise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import statewise.engine.cli.CliStreams;
import statewise.engine.cli.ExitCodes;

class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CliStreams streams = new CliStreams(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err));
        return Main.run(streams, args);
    }

    @Test
    void awtIsMadeHeadlessSoItNeverOpensTheDisplayBesideTheToolkit() {
        String before = System.clearProperty("java.awt.headless");
        try {
            Main.useHeadlessAwt();

            assertEquals("true", System.getProperty("java.awt.headless"));
        } finally {
            if (before == null) {
                System.clearProperty("java.awt.headless");
            } else {
                System.setProperty("java.awt.headless", before);
            }
        }
    }

    @Test
    void designerStartIsGuessedForOpenWithOptionsAndExistingFiles(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("flow.asl.json"), "{}");

        assertTrue(Main.startsDesigner("open"));
        assertTrue(Main.startsDesigner("open", "--report-startup"));
        assertTrue(Main.startsDesigner("open", "--theme=dark", file.toString()));
    }

    @Test
    void noDesignerStartIsGuessedForHelpVersionMissingFilesOrOtherCommands(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("flow.asl.json"), "{}");

        assertFalse(Main.startsDesigner("open", "--help"));
        assertFalse(Main.startsDesigner("open", "-h"));
        assertFalse(Main.startsDesigner("open", "--version"));
        assertFalse(Main.startsDesigner("open", folder.resolve("missing.asl.json").toString()));
        assertFalse(Main.startsDesigner("open", "--theme", "dark"));
        assertFalse(Main.startsDesigner("validate", file.toString()));
        assertFalse(Main.startsDesigner("open", "bad\0name"));
    }

    @Test
    void helpListsOpenBeforeTheHeadlessCommands() {
        int exitCode = run("--help");

        assertEquals(ExitCodes.OK, exitCode);
        String help = out.toString();
        assertTrue(help.startsWith("Usage: statewise [-hV] [COMMAND]"), help);
        assertTrue(help.contains("Without a command, starts the designer"), help);
        assertTrue(help.indexOf("\n  open ") < help.indexOf("\n  validate "), help);
    }

    @Test
    void openHasHelp() {
        int exitCode = run("open", "--help");

        assertEquals(ExitCodes.OK, exitCode);
        String help = out.toString().replaceAll("\\s+", " ");
        assertTrue(help.startsWith("Usage: statewise open [-hV] [--report-startup] [--screenshot=PNG] "
                + "[--size=WxH] [--theme=THEME] [FILE]"), help);
        assertTrue(help.contains("--report-startup Print how long the designer took to start"), help);
    }

    @Test
    void reportingStartupWhileTakingAScreenshotIsRefusedOnTheTerminal() {
        int exitCode = run("open", "--report-startup", "--screenshot", "out.png");

        assertEquals(ExitCodes.UNREADABLE, exitCode);
        assertEquals("statewise: --report-startup and --screenshot cannot be combined", err.toString().strip());
    }

    @Test
    void openingWithAnUnknownThemeFailsOnTheTerminalNamingTheThemes() {
        int exitCode = run("open", "--theme", "sepia");

        assertEquals(ExitCodes.UNREADABLE, exitCode);
        assertEquals("statewise: Unknown theme 'sepia': expected one of light, dark, high-contrast, system",
                err.toString().strip());
    }

    @Test
    void openingAMissingFileFailsOnTheTerminalWithoutStartingTheDesigner() {
        int exitCode = run("open", "no/such/flow.asl.json");

        assertEquals(ExitCodes.UNREADABLE, exitCode);
        assertEquals("statewise: no/such/flow.asl.json: no such file", err.toString().strip());
    }

    @Test
    void headlessCommandsRunThroughMain() {
        int exitCode = run("validate", "--list-codes");

        assertEquals(ExitCodes.OK, exitCode);
        assertTrue(out.toString().contains("syntax-error"), out.toString());
    }
}
