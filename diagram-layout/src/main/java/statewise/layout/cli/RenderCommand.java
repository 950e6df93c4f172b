package statewise.layout.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import statewise.engine.cli.CliStreams;
import statewise.engine.cli.ExitCodes;
import statewise.engine.cli.VersionProvider;
import statewise.layout.LayoutResult;
import statewise.layout.render.DiagramRenderer;
import statewise.layout.render.Theme;

/**
 * {@code statewise render}: draws a definition as SVG or PNG without a display, for READMEs, pull requests and CI.
 * The drawing is the designer's layout, with state type glyphs, names, edge labels and containers.
 */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Draws a definition as the designer lays it out, without a display: SVG (text) or PNG (by the output "
                    + "file's extension). Without -o, prints the SVG on standard output."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Drawn.",
            "1:The definition cannot be drawn (not JSON or YAML, or neither a state machine nor a state).",
            "2:The input could not be read or the output not written, or wrong usage.",
            "3:Internal error."
        })
public final class RenderCommand implements Callable<Integer> {

    private final CliStreams streams;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DEF", description = "The definition (.asl.json, .asl.yaml, ...); '-' reads standard "
            + "input.")
    private String file = "";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the drawing: a .svg or .png file. Without it, SVG goes to standard "
                    + "output.")
    private @Nullable String output;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light", converter = ThemeName.class,
            description = "Colours: light (default), dark or high-contrast: the designer's themes.")
    private Theme theme = Theme.LIGHT;

    public RenderCommand(CliStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        boolean png = output != null && output.toLowerCase(Locale.ROOT).endsWith(".png");
        if (output != null && !png && !output.toLowerCase(Locale.ROOT).endsWith(".svg")) {
            throw new ParameterException(spec.commandLine(), "The output file must end in .svg or .png: " + output);
        }
        System.setProperty("java.awt.headless", "true");
        DrawableDefinition.Outcome outcome = DrawableDefinition.layOut(file, streams, "render");
        LayoutResult layout = outcome.layout();
        if (layout == null) {
            streams.err().flush();
            return outcome.exitCode();
        }
        if (output == null) {
            streams.out().print(DiagramRenderer.svg(layout, theme));
            streams.out().flush();
            return ExitCodes.OK;
        }
        try (OutputStream out = Files.newOutputStream(Path.of(output))) {
            if (png) {
                DiagramRenderer.writePng(layout, theme, out);
            } else {
                out.write(DiagramRenderer.svg(layout, theme).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | InvalidPathException e) {
            streams.err().println("statewise render: " + output + ": cannot be written (" + reason(e) + ")");
            streams.err().flush();
            return ExitCodes.UNREADABLE;
        }
        return ExitCodes.OK;
    }

    /** Reads {@code --theme}, naming the themes there are when the name is not one of them. */
    static final class ThemeName implements ITypeConverter<Theme> {
        @Override
        public Theme convert(String value) {
            try {
                return Theme.named(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a theme; expected one of " + Theme.ids());
            }
        }
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof InvalidPathException) {
            return "not a valid file name";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
