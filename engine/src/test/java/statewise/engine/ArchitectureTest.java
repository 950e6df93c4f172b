package statewise.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine is pure Java: it runs headless, from the command line and from other programs. */
@AnalyzeClasses(packages = "statewise.engine",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineNeverUsesJavaFx = noClasses()
            .that().resideInAPackage("statewise.engine..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the engine runs headless: command line, tests and other programs have no JavaFX toolkit");

    @ArchTest
    static final ArchRule engineNeverUsesAwt = noClasses()
            .that().resideInAPackage("statewise.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
            .because("the engine must not need a display");
}
