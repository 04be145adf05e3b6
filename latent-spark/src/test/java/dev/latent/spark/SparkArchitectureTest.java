package dev.latent.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;

/**
 * The Spark module's place, checked on the main classes of every module on its class path: Spark
 * and Hadoop are known to dev.latent.spark alone, and the stages stand on the library's ways in
 * (api, store, eval, data), not on the command line, the pictures or the training loop.
 */
@AnalyzeClasses(packages = "dev.latent", importOptions = {ImportOption.DoNotIncludeTests.class, SparkArchitectureTest.DoNotIncludeTestJars.class})
class SparkArchitectureTest {
    @ArchTest
    static final ArchRule onlyTheSparkModuleKnowsSpark = noClasses().that().resideOutsideOfPackage("dev.latent.spark..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
            .because("latent-core, latent-viz and latent-cli run without Spark on the class path");

    @ArchTest
    static final ArchRule theStagesUseTheLibraryNotTheApplication = noClasses().that().resideInAPackage("dev.latent.spark..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.latent.cli..", "dev.latent.viz..", "dev.latent.train..", "org.bytedeco..", "picocli..")
            .because("a Spark stage is a library user: the model directory and the batch API, never the command line or JavaCPP");

    /** Leaves out test jars ({@code *-tests.jar}), which {@link ImportOption.DoNotIncludeTests} does not know. */
    public static final class DoNotIncludeTestJars implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!?/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR);
        }
    }
}
