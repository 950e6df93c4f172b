package statewise.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering the command line relies on: the engine never knows the designer, and the program's entry point
 * stays free of JavaFX so headless commands never load the toolkit.
 */
@AnalyzeClasses(packages = "statewise", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineNeverDependsOnTheDesigner = noClasses()
            .that().resideInAPackage("statewise.engine..")
            .should().dependOnClassesThat().resideInAPackage("statewise.app..");

    @ArchTest
    static final ArchRule entryPointNeverTouchesJavaFx = noClasses()
            .that().resideInAPackage("statewise.app")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("Main and the picocli commands are loaded for headless commands too");

    @ArchTest
    static final ArchRule sessionNeverTouchesNodes = noClasses()
            .that().resideInAPackage("statewise.app.session..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("views bind to the session; the session never reaches into views");

    @ArchTest
    static final ArchRule filesAndSettingsNeverTouchNodes = noClasses()
            .that().resideInAnyPackage("statewise.app.files..", "statewise.app.prefs..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("reading and writing files happens off the FX thread, without views");

    @ArchTest
    static final ArchRule pureModelsStayPure = noClasses()
            .that().haveSimpleNameEndingWith("Summary").or().haveSimpleName("StateRows")
            .or().haveSimpleName("AslHighlighter").or().haveSimpleName("EditorStyles")
            .or().haveSimpleName("FoldRegions").or().haveSimpleName("BracketMatcher")
            .or().haveSimpleName("TextSearch").or().haveSimpleName("StateReferences")
            .or().haveSimpleName("Formatter").or().resideInAPackage("statewise.app.editor.complete..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("they are pure functions, tested without a screen");

    @ArchTest
    static final ArchRule viewModelsNeverTouchNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("Outcome")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("ViewModels build edits; views bind to them");

    @ArchTest
    static final ArchRule canvasMathsStaysPure = noClasses()
            .that().haveSimpleName("Viewport").or().haveSimpleName("HitTest").or().haveSimpleName("EditPatches")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("zoom maths and hit testing are pure functions, tested without a screen");

    @ArchTest
    static final ArchRule debuggerModelsNeverTouchNodes = noClasses()
            .that().resideInAPackage("statewise.app.debug.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("the debugger's models are filled from event batches and tested without a screen");
}
