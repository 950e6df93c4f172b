package statewise.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Answers {@code statewise --version} from {@code version.properties}, which the build fills in with the project
 * version, and names the Java runtime, which is the first thing a bug report needs.
 */
public final class VersionProvider implements IVersionProvider {

    private static final String RESOURCE = "version.properties";

    /** The Statewise version this build was made from, or {@code "development build"} outside a Maven build. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "development build";
        }
        String version = properties.getProperty("version", "");
        return version.isEmpty() || version.startsWith("${") ? "development build" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "statewise " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")
        };
    }
}
