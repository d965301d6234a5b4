package io.mentormatch.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** matching-core is plain Java: the api and web modules depend on it, never the other way round. */
@AnalyzeClasses(packages = "io.mentormatch.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule usesNoFramework = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "jakarta.persistence..", "javax.persistence..", "jakarta.servlet..",
            "javax.servlet..", "org.hibernate..");

    @ArchTest
    static final ArchRule knowsNothingOfTheOtherModules = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.mentormatch.api..", "io.mentormatch.web..");

    @ArchTest
    static final ArchRule keepsTheCohortModelFreeOfSolvers = noClasses().that().resideInAPackage("..core.cohort..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.solver..", "..core.scoring..", "org.optaplanner..");
}
