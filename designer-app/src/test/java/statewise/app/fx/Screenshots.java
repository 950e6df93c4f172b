package statewise.app.fx;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Scene;
import org.testfx.api.FxRobot;

/** Where UI tests write pictures of what they drive, for people to look at, and the one way they write them. */
public final class Screenshots {

    /** The build's screenshots folder ({@code -Dstatewise.screenshots}, else {@code target/screenshots}). */
    public static final Path FOLDER = Path.of(System.getProperty("statewise.screenshots", "target/screenshots"));

    private Screenshots() {
    }

    /** Writes what {@code scene} shows, on the FX thread, as the PNG {@code name} in {@link #FOLDER}. */
    public static void save(FxRobot robot, Scene scene, String name) throws IOException {
        IOException[] failure = new IOException[1];
        robot.interact(() -> {
            try {
                Snapshots.writePng(scene, FOLDER.resolve(name));
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
