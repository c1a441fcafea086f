package org.fullaccounting.casefile;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain knows no Spring, no SQL, no HTTP and no JSON library: those belong to the modules around it. */
@AnalyzeClasses(packages = "org.fullaccounting.casefile", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    private static final String DOMAIN = "org.fullaccounting.casefile..";

    @ArchTest
    static final ArchRule theDomainKnowsNoSpring = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    @ArchTest
    static final ArchRule theDomainKnowsNoPersistence = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.postgresql..");

    @ArchTest
    static final ArchRule theDomainKnowsNoJakartaApis = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..");

    @ArchTest
    static final ArchRule theDomainKnowsNoHttp = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("javax.servlet..", "java.net.http..");

    @ArchTest
    static final ArchRule theDomainKnowsNoJsonLibrary = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..");

    /** Anonymous classes are left out: javac generates one for a switch over an enum. */
    @ArchTest
    static final ArchRule messagesAreRecordsEnumsOrInterfaces = classes()
            .that().resideInAPackage("org.fullaccounting.casefile.api..")
            .and().areNotAnonymousClasses()
            .should().beRecords().orShould().beEnums().orShould().beInterfaces();
}
