package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import statewise.app.canvas.PremadeLayout;
import statewise.app.files.Template;
import statewise.app.session.Analysis;
import statewise.layout.DiagramGraph;
import statewise.layout.DiagramGraphs;
import statewise.layout.DiagramLayout;
import statewise.layout.render.Java2dSizer;

/**
 * The warm-up is started by the entry point and again by the launch; only the first start loads anything. It sets up
 * exactly the icon packs the designer's classes use, and hands the window the fresh layout of the sample it opens.
 */
class StartupWarmUpTest {

    /** One Material Design icon pack: an enum per first letter of the icons' names. */
    private static final Pattern ICON_PACK = Pattern.compile("org\\.kordamp\\.ikonli\\.materialdesign2\\"
            + ".MaterialDesign[A-Z]");

    @Test
    void secondStartOfTheWarmUpDoesNothing() {
        StartupWarmUp.start();
        assertFalse(StartupWarmUp.start(), "the warm-up runs once per process");
    }

    @Test
    void theLayoutHandedToTheWindowIsTheSamplesFreshLayout() {
        StartupWarmUp.start();
        PremadeLayout made = StartupWarmUp.sampleLayout().orElseThrow().join();

        assertNotNull(made, "the warm-up laid out the sample");
        Template sample = Template.ORDER_PROCESSING;
        DiagramGraph graph = DiagramGraphs.of(sample.load().analysis().document(), Java2dSizer.INSTANCE);
        assertEquals(graph, made.graph(), "the graph the window lays out when it opens the sample");
        assertEquals(DiagramLayout.layout(graph), made.layout());
    }

    @Test
    void theIconPacksWarmedAreTheOnesTheDesignerUses() {
        Set<String> used = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("statewise.app").stream()
                .filter(c -> !c.isEquivalentTo(StartupWarmUp.class))
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(dependency -> dependency.getTargetClass().getName())
                .filter(name -> ICON_PACK.matcher(name).matches())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> warmed = StartupWarmUp.ICON_PACKS.stream().map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(used, warmed);
    }
}
