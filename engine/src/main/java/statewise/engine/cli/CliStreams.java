package statewise.engine.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/**
 * The three standard streams a command works with. Commands take them from here rather than from
 * {@link System}, so tests run the whole command line in-process with captured output.
 *
 * @param in  standard input, read by commands given {@code -} as a file
 * @param out results (diagnostics, JSON documents)
 * @param err messages about the run (summaries, unreadable files, usage errors)
 */
public record CliStreams(InputStream in, PrintWriter out, PrintWriter err) {

    /** The process's own streams. */
    public static CliStreams system() {
        return new CliStreams(System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }
}
