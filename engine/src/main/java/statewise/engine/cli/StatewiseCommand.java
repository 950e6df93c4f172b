package statewise.engine.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code statewise} command: it holds the options every command shares ({@code --help},
 * {@code --version}) and the list of commands. Given no command it explains itself and fails as a usage error.
 */
@Command(name = "statewise",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Designer, validator and local runner for AWS Step Functions state machines "
                + "(Amazon States Language).",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success (warnings allowed).",
            "1:The definition has errors, the execution did not succeed, or conformance cases failed.",
            "2:Unreadable input or wrong usage.",
            "3:Internal error."
        },
        footer = "%nRun 'statewise COMMAND --help' for a command's options.")
public final class StatewiseCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command.");
    }
}
