package statewise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code statewise open FILE --screenshot out.png}, as the issue spells it, run from the packaged jar in a fresh JVM:
 * the designer opens the file, writes a PNG of the whole window and exits by itself. The JVM gets no display; it
 * draws through Monocle's headless platform (the one the UI tests use), put beside the jar on the class path.
 */
class ScreenshotCommandIT {

    private static final Path JAR = Path.of(System.getProperty("statewise.jar", "target/statewise.jar"));
    private static final Path SAMPLE = Path.of("src/main/resources/statewise/app/samples/order-processing.asl.json");

    @TempDir
    Path dir;

    @Test
    void openWithScreenshotWritesAPngOfTheWholeWindowAndExits() throws Exception {
        Path png = dir.resolve("out.png");
        Path err = dir.resolve("stderr.txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR + File.pathSeparator + monocleJar(), "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "statewise.app.Main",
                "open", SAMPLE.toString(), "--screenshot", png.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");

        Process process = builder.start();

        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "statewise did not exit after the screenshot");
        assertEquals(0, process.exitValue(), Files.readString(err));
        assertFalse(Files.readString(err).contains("Unsupported JavaFX configuration"),
                "JavaFX's class-path warning reached the terminal: " + Files.readString(err));
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "a PNG");
        assertTrue(image.getWidth() >= 800 && image.getHeight() >= 600,
                "the whole window: " + image.getWidth() + " x " + image.getHeight());
        assertTrue(colours(image) > 100, "the window's panes and diagram drawn, not an empty frame");
    }

    /** The jar holding Monocle's headless platform, which this IT's own class path carries. */
    private static Path monocleJar() throws ClassNotFoundException, URISyntaxException {
        Class<?> monocle = Class.forName("com.sun.glass.ui.monocle.MonocleApplication", false,
                ScreenshotCommandIT.class.getClassLoader());
        return Path.of(monocle.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
