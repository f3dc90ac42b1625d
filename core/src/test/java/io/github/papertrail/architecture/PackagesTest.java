package io.github.papertrail.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core's packages, one concern each, depend on each other in one direction only. */
class PackagesTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.papertrail");

  @Test
  void noPackageCycles() {
    slices().matching("io.github.papertrail.(**)").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void identifiersDependOnNothingElseOfPapertrails() {
    noClasses()
        .that()
        .resideInAPackage("io.github.papertrail.id")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.papertrail.catalog..",
            "io.github.papertrail.check..",
            "io.github.papertrail.index..",
            "io.github.papertrail.mention..",
            "io.github.papertrail.seeds..",
            "io.github.papertrail.codegen..")
        .check(CORE);
  }

  @Test
  void mentionsDependOnTheIdentifiersOnly() {
    noClasses()
        .that()
        .resideInAPackage("io.github.papertrail.mention")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.papertrail.catalog..",
            "io.github.papertrail.check..",
            "io.github.papertrail.config..",
            "io.github.papertrail.index..",
            "io.github.papertrail.seeds..",
            "io.github.papertrail.codegen..")
        .check(CORE);
  }

  @Test
  void theCatalogModelReadsNoFiles() {
    noClasses()
        .that()
        .resideInAPackage("io.github.papertrail.catalog")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.github.papertrail.catalog.format..", "com.fasterxml..")
        .check(CORE);
  }

  @Test
  void theCheckerIsPure() {
    noClasses()
        .that()
        .resideInAPackage("io.github.papertrail.check")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.github.papertrail.catalog.format..", "java.nio.file..", "java.io..")
        .check(CORE);
  }
}
