package dev.notes.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** Runs every rule of {@link NotesArchitectureRules} over the production classes. */
@AnalyzeClasses(
    packages = ProductionClasses.ROOT_PACKAGE,
    importOptions = {DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class NotesArchitectureTest {

  @ArchTest static final ArchTests RULES = ArchTests.in(NotesArchitectureRules.class);
}
