package statewise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
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
        assertFalse(Main.startsDesigner("validate", file.toString()));
        assertFalse(Main.startsDesigner("open", "bad\0name"));
    }

    @Test
    void designerStartIsGuessedForAnOptionValueWrittenAfterASpace(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("flow.asl.json"), "{}");
        String shot = folder.resolve("shot.png").toString();

        assertTrue(Main.startsDesigner("open", "--theme", "dark"));
        assertTrue(Main.startsDesigner("open", "--screenshot", shot, "--size", "640x480", file.toString()));
        assertTrue(Main.startsDesigner("open", "--report-startup", file.toString()));
    }

    @Test
    void valueOptionsAreTheOptionsPicocliGivesAValue() {
        CommandSpec open = CommandSpec.forAnnotatedObject(new OpenCommand(CliStreams.system()));

        Set<String> takingValues = open.options().stream()
                .filter(option -> option.arity().max() > 0)
                .flatMap(option -> Stream.of(option.names()))
                .collect(Collectors.toSet());

        assertEquals(takingValues, OpenCommand.VALUE_OPTIONS);
    }

    @Test
    void noDesignerStartIsGuessedForAWordAfterAFlagOrAnUnknownOption(@TempDir Path folder) {
        String missing = folder.resolve("missing.asl.json").toString();

        assertFalse(Main.startsDesigner("open", "--report-startup", missing));
        assertFalse(Main.startsDesigner("open", "--colour", "dark"));
        assertFalse(Main.startsDesigner("open", "--theme=dark", "dark"));
        assertFalse(Main.startsDesigner("open", "--theme", "dark", "light"));
    }

    @Test
    void noDesignerStartIsGuessedForAFileThatOpenRefusesToRead(@TempDir Path folder) throws Exception {
        Path binary = Files.write(folder.resolve("flow.asl.json"), new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'});

        assertFalse(Main.startsDesigner("open", binary.toString()));
        assertEquals(ExitCodes.UNREADABLE, run("open", binary.toString()));
        assertEquals("statewise: " + binary + ": not UTF-8 text", err.toString().strip());
    }

    @Test
    void noDesignerStartIsGuessedForAFileWithoutReadPermission(@TempDir Path folder) throws Exception {
        Path locked = Files.writeString(folder.resolve("flow.asl.json"), "{}");
        assumeTrue(Files.getFileStore(locked).supportsFileAttributeView(PosixFileAttributeView.class));
        Files.setPosixFilePermissions(locked, Set.of());
        assumeFalse(Files.isReadable(locked), "the superuser reads files without read permission");

        assertFalse(Main.startsDesigner("open", locked.toString()));
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
