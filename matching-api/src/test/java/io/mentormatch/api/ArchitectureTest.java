package io.mentormatch.api;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Feature packages depend on each other in one direction only, so each can be read and changed from the bottom
 * up: {@code access}, {@code problem} and {@code text} know no feature, and a lower feature that must reach a higher
 * one owns a small interface (as {@code access.CohortPrograms} or {@code audit.AuditedCohorts}) that the higher one
 * implements.
 */
@AnalyzeClasses(packages = "io.mentormatch.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("io.mentormatch.api.(*)..")
            .should().beFreeOfCycles();
}
