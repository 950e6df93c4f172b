package statewise.app.session;

import java.util.List;
import statewise.engine.cli.DefinitionFile;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.validate.IncrementalValidator;
import statewise.engine.validate.Validator;

/**
 * What reading and validating one text gave, exactly as {@code statewise validate} does it, so the window and the
 * command line never disagree. Built on a background thread and handed to the FX thread whole.
 *
 * @param document    the parsed text
 * @param diagnostics parse and validation diagnostics, in reading order
 */
public record Analysis(AslDocument document, List<Diagnostic> diagnostics) {

    /** The reading of an empty text: the placeholder of a history entry whose analysis was dropped. */
    private static final Analysis NONE = of("untitled.asl.json", "");

    public Analysis {
        diagnostics = List.copyOf(diagnostics);
    }

    public static Analysis none() {
        return NONE;
    }

    /** Parses and validates {@code text}; {@code name} decides JSON or YAML as it does for files. Blocking. */
    public static Analysis of(String name, String text) {
        AslDocument document = DefinitionFile.parse(name, text);
        return new Analysis(document, Validator.validate(document));
    }

    /**
     * Parses and validates {@code text} as {@link #of(String, String)} does, through {@code validator}, which checks
     * again only the states that changed since the text it validated last. Blocking.
     */
    public static Analysis of(String name, String text, IncrementalValidator validator) {
        AslDocument document = DefinitionFile.parse(name, text);
        return new Analysis(document, validator.validate(document));
    }

    /** True when the text could not be read as JSON or YAML at all, so its model cannot be trusted. */
    public boolean unreadable() {
        return document.hasSyntaxErrors();
    }
}
