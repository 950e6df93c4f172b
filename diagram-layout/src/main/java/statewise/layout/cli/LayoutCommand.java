package statewise.layout.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import statewise.engine.cli.CliStreams;
import statewise.engine.cli.VersionProvider;

/**
 * {@code statewise layout}: prints where the designer would draw every state, container, edge and label, as JSON in
 * absolute coordinates, so tools and tests can check a drawing's geometry without a display.
 */
@Command(name = "layout",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Lays out a definition as the designer draws it and prints the geometry as JSON: nodes (id = JSON "
                    + "Pointer of the state, box, container, parent), edges (from, to, kind "
                    + "next|choice|default|catch, orthogonal route points, label box or null) and markers (kind "
                    + "start|end, box, for = the ids of the states joined to it), in pixels."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Laid out.",
            "1:The definition cannot be drawn (not JSON or YAML, or neither a state machine nor a state).",
            "2:The input could not be read (missing, a directory, not UTF-8 text), or wrong usage.",
            "3:Internal error."
        })
public final class LayoutCommand implements Callable<Integer> {

    /** The only output there is; the option exists so scripts can say what they expect. */
    enum Format {
        JSON
    }

    private final CliStreams streams;

    @Parameters(paramLabel = "DEF", description = "The definition (.asl.json, .asl.yaml, ...); '-' reads standard "
            + "input.")
    private String file = "";

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "Output format: json (the default and only one).")
    private Format format = Format.JSON;

    public LayoutCommand(CliStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        DrawableDefinition.Outcome outcome = DrawableDefinition.layOut(file, streams, "layout");
        if (outcome.layout() != null) {
            streams.out().println(LayoutJson.write(outcome.layout()));
        }
        streams.out().flush();
        streams.err().flush();
        return outcome.exitCode();
    }
}
