package statewise.engine.cli;

/** How a command prints its results: lines for people, or one JSON document for programs. */
public enum OutputFormat {
    TEXT,
    JSON
}
