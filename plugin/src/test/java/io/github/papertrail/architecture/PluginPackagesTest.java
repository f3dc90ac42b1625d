package io.github.papertrail.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The mojos are thin: the work is in plain classes that know nothing of Maven. */
class PluginPackagesTest {

  private static final JavaClasses PLUGIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("io.github.papertrail");

  @Test
  void noPackageCycles() {
    slices().matching("io.github.papertrail.(**)").should().beFreeOfCycles().check(PLUGIN);
  }

  @Test
  void reportsScanningMigrationAndFixesKnowNothingOfMaven() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.github.papertrail.report..",
            "io.github.papertrail.scan..",
            "io.github.papertrail.migrate..",
            "io.github.papertrail.fix..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..", "org.eclipse.aether..")
        .check(PLUGIN);
  }

  @Test
  void nothingDependsOnTheMojos() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.papertrail.plugin")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.papertrail.plugin")
        .check(PLUGIN);
  }
}
