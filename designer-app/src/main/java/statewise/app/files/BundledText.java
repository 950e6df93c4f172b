package statewise.app.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the text files that ship inside the jar (templates, examples). They are part of the build, so a missing
 * one is a packaging bug and fails loudly rather than being reported to the user as bad input.
 */
public final class BundledText {

    private BundledText() {
    }

    /** The UTF-8 text of the class-path resource {@code path} (absolute, e.g. {@code /statewise/app/x.json}). */
    public static String read(String path) {
        try (InputStream in = BundledText.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("A bundled file is missing from the build: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
