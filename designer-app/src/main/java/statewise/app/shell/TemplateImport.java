package statewise.app.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import statewise.app.files.LoadedDefinition;
import statewise.app.fx.FxThread;
import statewise.app.session.Analysis;
import statewise.app.session.DocumentSource;
import statewise.app.session.NodePositions;
import statewise.engine.document.DocumentFormat;
import statewise.engine.template.CloudFormationTemplates;
import statewise.engine.template.TemplateScan;
import statewise.engine.template.TemplateStateMachine;

/**
 * File → Import from a CloudFormation or SAM template: scans the template on the engine executor and opens the
 * state machine the user picks (the only one at once) as a new, untitled definition; its {@code ${...}}
 * substitutions stay placeholders.
 */
final class TemplateImport {

    private final Stage stage;
    private final ScheduledExecutorService engine;
    private final DefinitionLoader loader;

    TemplateImport(Stage stage, ScheduledExecutorService engine, DefinitionLoader loader) {
        this.stage = stage;
        this.engine = engine;
        this.loader = loader;
    }

    /** Asks for a template file and imports from it (the caller has asked about unsaved changes). */
    void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import from CloudFormation or SAM Template");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Templates (*.yaml, *.yml, *.json, *.template)", "*.yaml", "*.yml",
                        "*.json", "*.template"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            importFrom(chosen.toPath());
        }
    }

    /** Reads the template {@code file} on the engine executor, then opens the state machine the user picks. */
    void importFrom(Path file) {
        long started = loader.begin();
        engine.execute(() -> {
            TemplateScan scan = CloudFormationTemplates.scan(file);
            FxThread.UI.execute(() -> {
                if (loader.current(started)) {
                    open(file, scan);
                }
            });
        });
    }

    private void open(Path file, TemplateScan scan) {
        String template = String.valueOf(file.getFileName());
        if (scan.error() != null) {
            Dialogs.showError(stage, "Cannot import from " + template, scan.error());
            return;
        }
        TemplateStateMachine machine = scan.stateMachines().size() == 1 ? scan.stateMachines().get(0)
                : Dialogs.askStateMachine(stage, template, scan.stateMachines());
        if (machine == null) {
            return;
        }
        String text = machine.definition();
        if (text == null) {
            Dialogs.showError(stage, "Cannot import " + machine.logicalId(), String.valueOf(machine.problem()));
            return;
        }
        String name = machine.logicalId() + (machine.format() == DocumentFormat.YAML ? ".asl.yaml" : ".asl.json");
        String imported = "Imported " + machine.logicalId() + " from " + template + ".";
        loader.load(() -> new LoadedDefinition(new DocumentSource(name, null), Analysis.of(name, text),
                NodePositions.none(), null, List.of(imported)), DefinitionLoader.Mode.OPEN, "definition");
    }
}
