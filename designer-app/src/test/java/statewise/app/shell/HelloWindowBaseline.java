package statewise.app.shell;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The cold-start benchmark's baseline: the smallest JavaFX window (one label in a window the designer's size),
 * started from the same jars with the same JVM options, reporting its first frame in the designer's
 * {@code --report-startup} format. What the designer takes beyond it is the designer's own start-up cost. Run by
 * {@code designer-app/bench/cold-start.sh}.
 */
public final class HelloWindowBaseline {

    private HelloWindowBaseline() {
    }

    /** Launches {@link Window}: a main class that extends {@code Application} does not start on the classpath. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new BorderPane(new Label("Hello")), 1280, 800);
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    long now = System.currentTimeMillis();
                    long sinceJvm = now - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println(StartupReport.line(sinceJvm, sinceJvm, now));
                    Platform.exit();
                }
            });
            stage.setScene(scene);
            stage.setTitle("Hello");
            stage.show();
        }
    }
}
