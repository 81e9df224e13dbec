package dev.notes.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;

/** The classes the architecture suite judges: all production classes of the five modules. */
final class ProductionClasses {

  static final String ROOT_PACKAGE = "dev.notes";

  private ProductionClasses() {}

  static JavaClasses all() {
    return new ClassFileImporter()
        .withImportOption(new DoNotIncludeTests())
        .withImportOption(new DoNotIncludeTestJars())
        .importPackages(ROOT_PACKAGE);
  }
}
