package statewise.engine.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import statewise.engine.parse.UserFileException;
import statewise.engine.run.Activities;
import statewise.engine.run.TaskResolver;
import statewise.engine.run.service.RunSettings;

/**
 * The options that let a local run reach the world, shared by the commands that run definitions: hosts HTTP
 * Tasks and Lambda endpoints may call, Lambda functions mapped to local endpoints, the folder standing in for S3,
 * the activities that exist.
 * They add to the definition's run settings file ({@code NAME.asl.run.json}) when there is one.
 */
final class LocalServiceOptions {

    @Option(names = "--allow-host", paramLabel = "HOST",
            description = "Let HTTP Tasks and --lambda-endpoint functions call HOST (repeat for more; none by "
                    + "default, localhost and 127.0.0.1 included). Also \"allowedHosts\" in NAME.asl.run.json.")
    private List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--lambda-endpoint", paramLabel = "NAME=URL",
            description = "Answer Lambda function NAME (its ARN or lambda:invoke's FunctionName) by POSTing its "
                    + "payload to URL, e.g. a Lambda runtime emulator; URL's host must be allowed. Also "
                    + "\"lambdaEndpoints\" in NAME.asl.run.json.")
    private Map<String, String> lambdaEndpoints = new LinkedHashMap<>();

    @Option(names = "--s3-root", paramLabel = "DIR",
            description = "Local files stand in for S3: s3://BUCKET/KEY is DIR/BUCKET/KEY, for ItemReader, "
                    + "ResultWriter and s3 getObject/putObject/listObjectsV2 tasks. Also \"s3Root\" in "
                    + "NAME.asl.run.json.")
    private @Nullable String s3Root;

    @Option(names = "--activity", paramLabel = "ARN|NAME",
            description = "Declare that activity ARN|NAME exists (repeat for more); once any is declared, a Task of "
                    + "another activity fails with States.Runtime as on AWS. Also \"activities\" in "
                    + "NAME.asl.run.json.")
    private @Nullable List<String> activities;

    /**
     * {@code next} behind the local services of {@code definitionFile}'s settings file (if it has one) and these
     * options.
     */
    TaskResolver resolver(String definitionFile, TaskResolver next) throws RunSetup.SetupException {
        return settings(definitionFile).resolver(next);
    }

    /** The local services of {@code definitionFile}'s settings and these options, to put in front of a resolver. */
    UnaryOperator<TaskResolver> services(String definitionFile) throws RunSetup.SetupException {
        return settings(definitionFile)::resolver;
    }

    /** The activities that exist for a run of {@code definitionFile}: declared in its settings or these options. */
    Activities activities(String definitionFile) throws RunSetup.SetupException {
        return settings(definitionFile).registry();
    }

    private RunSettings settings(String definitionFile) throws RunSetup.SetupException {
        RunSettings fromFile = RunSettings.NONE;
        try {
            Path file = "-".equals(definitionFile) ? null : Path.of(RunSettings.sidecarName(definitionFile));
            if (file != null && Files.isRegularFile(file)) {
                fromFile = RunSettings.read(Files.readString(file, StandardCharsets.UTF_8), file);
            }
            Map<String, URI> endpoints = new LinkedHashMap<>();
            for (Map.Entry<String, String> entry : lambdaEndpoints.entrySet()) {
                endpoints.put(entry.getKey(), RunSettings.endpoint(entry.getValue(), "--lambda-endpoint "
                        + entry.getKey()));
            }
            return fromFile.with(new RunSettings(allowedHosts, endpoints, s3Root == null ? null : Path.of(s3Root),
                    activities));
        } catch (InvalidPathException e) {
            throw new RunSetup.SetupException("statewise: --s3-root " + s3Root + ": not a valid folder name");
        } catch (UserFileException e) {
            throw new RunSetup.SetupException(e.lines());
        } catch (IllegalArgumentException e) {
            throw new RunSetup.SetupException("statewise: " + e.getMessage());
        } catch (IOException e) {
            throw new RunSetup.SetupException("statewise: " + RunSettings.sidecarName(definitionFile)
                    + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
