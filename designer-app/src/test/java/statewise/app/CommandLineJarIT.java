package statewise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged {@code statewise.jar} the way users do, in a fresh JVM without a display, and checks what it
 * prints, how it exits and that headless commands never load a JavaFX class.
 */
class CommandLineJarIT {

    private static final Path JAR = Path.of(System.getProperty("statewise.jar", "target/statewise.jar"));
    private static final Path SAMPLE = Path.of("src/main/resources/statewise/app/samples/order-processing.asl.json");
    private static final Pattern CLASS_LOAD = Pattern.compile("^\\[[^]]*]\\[info]\\[class,load] (\\S+) .*");
    private static final List<String> TOOLKIT_PACKAGES = List.of("javafx.", "com.sun.javafx.", "com.sun.glass.",
            "com.sun.prism.", "org.fxmisc.", "org.controlsfx.");

    @TempDir
    Path dir;

    /** What one run printed: program output (without class-loading lines), errors, and the classes loaded. */
    private record Run(int exitCode, List<String> out, List<String> err, List<String> loadedClasses) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-verbose:class", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "statewise did not finish in 60 s");
        List<String> programOut = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            Matcher load = CLASS_LOAD.matcher(line);
            if (load.matches()) {
                classes.add(load.group(1));
            } else {
                programOut.add(line);
            }
        }
        return new Run(process.exitValue(), programOut, Files.readAllLines(err), classes);
    }

    private static List<String> toolkitClasses(Run run) {
        return run.loadedClasses().stream()
                .filter(name -> TOOLKIT_PACKAGES.stream().anyMatch(name::startsWith))
                .toList();
    }

    @Test
    void validatingTheSampleIsCleanAndNeverLoadsJavaFx() throws Exception {
        Run run = run("validate", SAMPLE.toString());

        assertEquals(0, run.exitCode(), run.err().toString());
        assertEquals(List.of(), run.out());
        assertEquals(List.of("1 file checked: no problems"), run.err());
        assertTrue(run.loadedClasses().contains("statewise.engine.validate.Validator"), "class log is empty?");
        assertEquals(List.of(), toolkitClasses(run), "headless validate loaded UI classes");
    }

    @Test
    void renderingTheSampleToPngWritesAnImageAndNeverLoadsJavaFx() throws Exception {
        Path png = dir.resolve("sample.png");

        Run run = run("render", SAMPLE.toString(), "-o", png.toString(), "--theme", "dark");

        assertEquals(0, run.exitCode(), run.err().toString());
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 1000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "not a PNG");
        assertTrue(run.loadedClasses().contains("statewise.layout.render.DiagramRenderer"), "class log is empty?");
        assertEquals(List.of(), toolkitClasses(run), "headless render loaded UI classes");
    }

    @Test
    void layoutJsonThroughTheJarNamesStatesByPointer() throws Exception {
        Run run = run("layout", SAMPLE.toString(), "--format", "json");

        assertEquals(0, run.exitCode(), run.err().toString());
        JsonNode root = new ObjectMapper().readTree(String.join("\n", run.out()));
        assertTrue(root.at("/nodes/0/id").asText().startsWith("/States/"), root.toString());
        assertTrue(root.at("/edges").size() > 0);
    }

    @Test
    void errorsExitOneWithOneLinePerDiagnostic() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.asl.json"), "{\"StartAt\": \"A\",\n  \"States\": {\n");

        Run run = run("validate", broken.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.out().stream().anyMatch(line -> line.matches(
                Pattern.quote(broken.toString()) + ":\\d+:\\d+: error syntax-error .+")), run.out().toString());
        assertTrue(run.err().get(run.err().size() - 1).startsWith("1 file checked: "), run.err().toString());
    }

    @Test
    void unreadableInputExitsTwoWithOneLineAndNoStackTrace() throws Exception {
        Path missing = dir.resolve("missing.asl.json");

        Run run = run("validate", missing.toString(), dir.toString());

        assertEquals(2, run.exitCode());
        assertEquals(List.of("statewise: " + missing + ": no such file", "statewise: " + dir + ": is a directory",
                "2 files checked: 2 unreadable files"), run.err());
        assertFalse(run.err().stream().anyMatch(line -> line.contains("Exception")), run.err().toString());
    }

    @Test
    void openingAFileItCannotReadPrintsOnlyWhyAndNeverStartsTheToolkit() throws Exception {
        Path binary = Files.write(dir.resolve("flow.asl.json"), new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'});

        Run run = run("open", binary.toString());

        assertEquals(2, run.exitCode());
        assertEquals(List.of("statewise: " + binary + ": not UTF-8 text"), run.err());
        assertTrue(run.loadedClasses().contains("statewise.app.OpenCommand"), "class log is empty?");
        assertEquals(List.of(), toolkitClasses(run), "a refused open loaded UI classes");
    }

    @Test
    void jsonOutputThroughTheJarParses() throws Exception {
        Run run = run("validate", "--format", "json", SAMPLE.toString());

        JsonNode root = new ObjectMapper().readTree(String.join("\n", run.out()));
        assertEquals(0, run.exitCode());
        assertEquals(1, root.at("/counts/files").asInt());
        assertEquals(0, root.at("/counts/errors").asInt());
        assertEquals("state-machine", root.at("/files/0/kind").asText());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutADisplayTheDesignerExplainsInsteadOfFailingWithAStackTrace() throws Exception {
        Run run = run();

        assertEquals(4, run.exitCode(), run.err().toString());
        assertTrue(run.err().get(run.err().size() - 1).startsWith("statewise: cannot start the designer: "),
                run.err().toString());
    }

    @Test
    void versionIsTheBuiltVersion() throws Exception {
        Run run = run("--version");

        assertEquals(0, run.exitCode());
        assertEquals("statewise " + System.getProperty("statewise.version"), run.out().get(0));
    }
}
