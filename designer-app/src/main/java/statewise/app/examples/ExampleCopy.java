package statewise.app.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import statewise.app.debug.model.SavedInputs;
import statewise.app.debug.model.WorkflowFiles;
import statewise.app.files.DefinitionFiles;
import statewise.app.files.LoadFailure;
import statewise.app.files.LoadResult;
import statewise.app.files.LoadedDefinition;

/**
 * File → Open Example: the example copied into a folder of its own with every sidecar (mocks, test suite, run
 * settings, local S3 objects), so Run, Debug and Run Tests find what they need, and the bundled original stays
 * untouched whatever the user changes. The sample input is saved as the named input {@code sample}.
 */
public final class ExampleCopy {

    /** The name the sample input gets among the workflow's saved inputs. */
    public static final String SAMPLE_INPUT = "sample";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExampleCopy() {
    }

    /** Copies {@code example} into a new folder under {@code parent} and reads the copy. Blocking. */
    public static LoadResult open(Example example, Path parent) {
        Path definition;
        try {
            Path folder = example.copyTo(Files.createTempDirectory(parent, "statewise-example-"));
            definition = folder.resolve(example.definitionFile());
            SavedInputs.save(new WorkflowFiles(definition).inputs(), SAMPLE_INPUT,
                    JSON.readTree(example.text(example.id() + ".input.json")));
        } catch (IOException e) {
            return new LoadFailure(example.definitionFile(), parent.toString(),
                    "could not be copied there (" + e.getMessage() + ")");
        }
        LoadResult read = DefinitionFiles.attempt(definition);
        if (read instanceof LoadedDefinition loaded) {
            List<String> notes = new ArrayList<>(loaded.notes());
            notes.add("Opened a copy of the example in " + definition.getParent() + "; Save As keeps it elsewhere");
            return new LoadedDefinition(loaded.source(), loaded.analysis(), loaded.positions(), loaded.stamp(), notes);
        }
        return read;
    }

    /** The folder copies go to unless told otherwise: the system's temporary folder. */
    public static Path defaultParent() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
