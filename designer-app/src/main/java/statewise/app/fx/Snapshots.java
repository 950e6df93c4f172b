package statewise.app.fx;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Pictures of what a scene shows, as PNG files: for {@code open --screenshot}, the README and tests. */
public final class Snapshots {

    private Snapshots() {
    }

    /** Renders {@code scene} and writes it to {@code file} as a PNG; on the FX thread. */
    public static void writePng(Scene scene, Path file) throws IOException {
        FxThread.check();
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        if (!ImageIO.write(png, "png", file.toFile())) {
            throw new IOException("No PNG writer available");
        }
    }
}
