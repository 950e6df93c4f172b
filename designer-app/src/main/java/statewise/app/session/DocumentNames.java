package statewise.app.session;

import java.nio.file.Path;

/** How definitions are named where the user sees them. */
public final class DocumentNames {

    /** The name of a definition that has never been saved. */
    public static final String UNTITLED = "Untitled.asl.json";

    private DocumentNames() {
    }

    /** The name a file goes by in the title bar and in messages: its last path element. */
    public static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
