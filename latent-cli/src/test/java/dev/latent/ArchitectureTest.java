package dev.latent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape of the house (STYLE.md 1 and 17), checked on the main classes of every module: the cli
 * module's test class path is the one place that sees them all. A dependency that runs upward is
 * answered by moving the class or inverting it with a listener, never by an exception here.
 */
@AnalyzeClasses(packages = "dev.latent", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {
    /** The layers, lowest first: each may use only those below it (and the root package). */
    static final List<String> LAYERS = List.of("io", "nn", "data", "model", "objective", "train", "eval", "store", "bench", "api", "viz", "explore", "cli");

    /** The layers that make up latent-core: everything below the pictures and the ways in. */
    static final List<String> CORE_LAYERS = LAYERS.subList(0, LAYERS.indexOf("viz"));

    /** The root package holds the one exception every layer may throw. */
    static final String ROOT = "dev.latent";

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("dev.latent.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyNnTouchesTheBindings = noClasses().that().resideOutsideOfPackage("dev.latent.nn..")
            .should().dependOnClassesThat().resideInAPackage("org.bytedeco..")
            .because("the JavaCPP/libtorch types live behind our own small nn layer (STYLE.md 4)");

    @ArchTest
    static final ArchRule theCoreHasNoCommandLinePicturesOrLoggingBinding = noClasses().that().resideInAnyPackage(corePackages())
            .should().dependOnClassesThat().resideInAnyPackage(
                    "picocli..", "me.tongfei.progressbar..", "org.jfree..", "io.javalin..", "org.eclipse.jetty..",
                    // SLF4J bindings: the application chooses one, a library only uses org.slf4j's API
                    "org.slf4j.simple..", "org.slf4j.impl..", "org.slf4j.nop..", "org.slf4j.jul..", "org.slf4j.reload4j..",
                    "ch.qos.logback..", "org.apache.logging.slf4j..",
                    "dev.latent.viz..", "dev.latent.explore..", "dev.latent.cli..")
            .because("latent-core is a library: no command line, no charts, no web server, no logging binding (STYLE.md 19)");

    @ArchTest
    static final ArchRule theCoreIsNoLoggingBinding = noClasses().that().resideInAnyPackage(corePackages())
            .should().implement("org.slf4j.spi.SLF4JServiceProvider")
            .because("a library that provides SLF4J's service would be a binding");

    @ArchTest
    static final ArchRule theRootPackageHoldsOnlyTheInputException = classes().that().resideInAPackage(ROOT).and().doNotHaveSimpleName("package-info")
            .should().haveSimpleName("InvalidInputException")
            .because("every layer may use the root package, so anything else there would bypass the layers");

    @ArchTest
    static final ArchRule layersOnlyUseTheLayersBelow = layers();

    private static LayeredArchitecture layers() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers().layer("root").definedBy(ROOT);
        for (String layer : LAYERS) {
            layers = layers.layer(layer).definedBy(ROOT + "." + layer + "..");
        }
        layers = layers.whereLayer("root").mayNotAccessAnyLayer();
        for (int i = 0; i < LAYERS.size(); i++) {
            String[] below = new String[i + 1];
            below[0] = "root";
            for (int j = 0; j < i; j++) {
                below[j + 1] = LAYERS.get(j);
            }
            layers = layers.whereLayer(LAYERS.get(i)).mayOnlyAccessLayers(below);
        }
        return layers;
    }

    private static String[] corePackages() {
        String[] packages = new String[CORE_LAYERS.size() + 1];
        packages[0] = ROOT;
        for (int i = 0; i < CORE_LAYERS.size(); i++) {
            packages[i + 1] = ROOT + "." + CORE_LAYERS.get(i) + "..";
        }
        return packages;
    }

    /**
     * Leaves out test jars ({@code *-tests.jar}, such as latent-core's fixtures when they come from
     * the local repository); {@link ImportOption.DoNotIncludeTests} only knows test-class folders.
     */
    public static final class DoNotIncludeTestJars implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!?/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR);
        }
    }
}
