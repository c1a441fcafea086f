package org.fullaccounting.api.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * case-api in three layers: web (controllers and pages) -> application (one service per area,
 * owning access, ids, versions, idempotency) -> infrastructure (Axon, JDBC, security, request
 * context, embedded database, input guards).
 *
 * <p>The rules, precisely: every class but the application's main class is in one of the three;
 * no package of case-api depends on a package that depends back on it
 * (each package is a slice); web uses no class of infrastructure at all (Spring wires the
 * filters and configuration without web naming them); web calls no read-model query, no Axon and
 * no JDBC, so every read and write passes an application service and its access policy;
 * application and infrastructure use nothing of web.
 */
@AnalyzeClasses(packages = "org.fullaccounting.api", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    private static final String WEB = "org.fullaccounting.api.web..";
    private static final String APPLICATION = "org.fullaccounting.api.application..";
    private static final String INFRASTRUCTURE = "org.fullaccounting.api.infrastructure..";

    /** What only an application service may touch: read-model queries, the event store, JDBC. */
    private static final DescribedPredicate<JavaClass> BEHIND_THE_APPLICATION =
            resideInAPackage("org.fullaccounting.projections..")
                    .and(simpleNameEndingWith("Query").or(simpleName("FamilyLinks")))
                    .or(resideInAnyPackage("org.axonframework..", "org.springframework.jdbc.."))
                    .as("read-model queries, Axon or JDBC");

    @ArchTest
    static final ArchRule everyClassIsInALayer = classes()
            .that().resideOutsideOfPackage("org.fullaccounting.api")
            .should().resideInAnyPackage(WEB, APPLICATION, INFRASTRUCTURE);

    @ArchTest
    static final ArchRule noPackageDependsOnOneThatDependsBackOnIt = slices()
            .matching("org.fullaccounting.api.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule webUsesNoInfrastructure = noClasses()
            .that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAPackage(INFRASTRUCTURE);

    @ArchTest
    static final ArchRule webCallsNothingPastTheApplication = noClasses()
            .that().resideInAPackage(WEB)
            .should().accessClassesThat(BEHIND_THE_APPLICATION);

    @ArchTest
    static final ArchRule applicationKnowsNoWeb = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAPackage(WEB);

    @ArchTest
    static final ArchRule infrastructureKnowsNoWeb = noClasses()
            .that().resideInAPackage(INFRASTRUCTURE)
            .should().dependOnClassesThat().resideInAPackage(WEB);
}
