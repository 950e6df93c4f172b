package statewise.app.files;

import java.util.List;
import statewise.app.session.Analysis;
import statewise.app.session.DocumentSource;
import statewise.app.session.NodePositions;

/**
 * The starting points File → New offers. Each is a valid definition bundled in the jar; order processing is also
 * the sample the designer opens on a first start.
 */
public enum Template {
    BLANK("Blank", "A single Pass state, ready to grow.", "blank.asl.json"),
    HELLO_WORLD("Hello world", "A Pass, a Choice and a Wait: the smallest complete workflow.", "hello-world.asl.json"),
    ORDER_PROCESSING("Order processing",
            "A realistic order flow with Choice, Parallel, Map, Retry and Catch, and a human approval step.",
            "order-processing.asl.json");

    private static final String FOLDER = "/statewise/app/samples/";

    private final String title;
    private final String description;
    private final String fileName;

    Template(String title, String description, String fileName) {
        this.title = title;
        this.description = description;
        this.fileName = fileName;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The name the new definition goes by until it is saved, e.g. {@code hello-world.asl.json}. */
    public String fileName() {
        return fileName;
    }

    /** The template's text, with the platform's line breaks. */
    public String text() {
        return DefinitionFiles.withNewlines(BundledText.read(FOLDER + fileName));
    }

    /** The template analysed and ready to open as a new, never-saved definition. Blocking. */
    public LoadedDefinition load() {
        return new LoadedDefinition(DocumentSource.unsaved(fileName), Analysis.of(fileName, text()),
                NodePositions.none(), null, List.of());
    }
}
