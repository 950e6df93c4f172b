package statewise.layout;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layout is pure Java behind its own API: no JavaFX anywhere, ELK only inside the kernel package. */
@AnalyzeClasses(packages = "statewise.layout",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule layoutNeverUsesJavaFx = noClasses()
            .that().resideInAPackage("statewise.layout..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("layout and rendering run headless: command line, CI and the designer's background threads");

    @ArchTest
    static final ArchRule elkStaysInTheKernel = noClasses()
            .that().resideInAPackage("statewise.layout..").and().resideOutsideOfPackage("statewise.layout.kernel")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse..")
            .because("no ELK type leaks out of the kernel (STYLE.md: importer and transferrer only)");

    @ArchTest
    static final ArchRule onlyTheRendererDraws = noClasses()
            .that().resideInAPackage("statewise.layout..")
            .and().resideOutsideOfPackages("statewise.layout.render", "statewise.layout.cli")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..")
            .because("the layout itself measures nothing: sizes come from the caller's sizer");
}
