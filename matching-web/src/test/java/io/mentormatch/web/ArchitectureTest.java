package io.mentormatch.web;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Pages render what the api's services return: they call services and read view records, never a repository or
 * an entity, so every rule and every access check stays in the api where the REST endpoints share it.
 */
@AnalyzeClasses(packages = "io.mentormatch.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("io.mentormatch.web.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule usesNoRepository = noClasses().should().dependOnClassesThat(
            describe("are Spring Data repositories", (JavaClass c) ->
                    c.isAssignableTo("org.springframework.data.repository.Repository")));

    @ArchTest
    static final ArchRule usesNoEntity = noClasses().should().dependOnClassesThat(
            resideInAPackage("io.mentormatch..").and(simpleNameEndingWith("Entity")));

    @ArchTest
    static final ArchRule usesNoPersistence = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "org.hibernate..");

    /**
     * Pages never touch the database, but the demo may: a cohort cannot be published in the past through the
     * services, so the General Surgery year is backdated with plain SQL (never JPA), and only under the demo profile.
     */
    @ArchTest
    static final ArchRule pagesUseNoJdbc = noClasses().that().resideOutsideOfPackage("io.mentormatch.web.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..");
}
