// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import kz.schoolwatch.persistence.store.Database;

/** The layers, written down and checked: ui → service → persistence → domain, never back. */
@AnalyzeClasses(packages = "kz.schoolwatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFxBelowTheUi = noClasses()
            .that().resideInAnyPackage("kz.schoolwatch.domain..", "kz.schoolwatch.persistence..", "kz.schoolwatch.service..",
                    "kz.schoolwatch.i18n..", "kz.schoolwatch.logging..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule generatedJooqStaysInPersistence = classes()
            .that().resideInAPackage("kz.schoolwatch.persistence.jooq..")
            .should().onlyBeAccessed().byClassesThat().resideInAPackage("kz.schoolwatch.persistence..");

    @ArchTest
    static final ArchRule domainIsPlain = noClasses()
            .that().resideInAPackage("kz.schoolwatch.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "kz.schoolwatch.persistence..",
                    "kz.schoolwatch.service..", "kz.schoolwatch.ui..");

    @ArchTest
    static final ArchRule uiDoesNotQueryTheDatabase = noClasses()
            .that().resideInAPackage("kz.schoolwatch.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "kz.schoolwatch.persistence.jooq..");

    @ArchTest
    static final ArchRule uiNeverTouchesPersistence = noClasses()
            .that().resideInAPackage("kz.schoolwatch.ui..")
            .should().dependOnClassesThat().resideInAPackage("kz.schoolwatch.persistence..")
            .because("screens reach stored data through services and domain types only");

    @ArchTest
    static final ArchRule lowerLayersDoNotKnowTheUi = noClasses()
            .that().resideInAnyPackage("kz.schoolwatch.persistence..", "kz.schoolwatch.service..", "kz.schoolwatch.domain..",
                    "kz.schoolwatch.logging..")
            .should().dependOnClassesThat().resideInAPackage("kz.schoolwatch.ui..");

    @ArchTest
    static final ArchRule repositoriesReachTheStoreOnlyThroughDatabase = noClasses()
            .that().resideInAPackage("kz.schoolwatch.persistence..")
            .and().resideOutsideOfPackage("kz.schoolwatch.persistence.store..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("kz.schoolwatch.persistence.store..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(Database.class))))
            .because("the repositories query; the file, its lock, its damage and its backups are the store's business");

    @ArchTest
    static final ArchRule persistenceDoesNotCallServices = noClasses()
            .that().resideInAPackage("kz.schoolwatch.persistence..")
            .should().dependOnClassesThat().resideInAPackage("kz.schoolwatch.service..");

    @ArchTest
    static final ArchRule reportsAreDrawnWithoutJavaFxOrTheDatabase = noClasses()
            .that().resideInAPackage("kz.schoolwatch.report..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "kz.schoolwatch.persistence..",
                    "kz.schoolwatch.service..", "kz.schoolwatch.ui..");

    @ArchTest
    static final ArchRule nothingLooseAtTheRoot = noClasses()
            .should().resideInAPackage("kz.schoolwatch")
            .because("start-up lives in kz.schoolwatch.app, the command line in kz.schoolwatch.cli");

    @ArchTest
    static final ArchRule commandLineRunsWithoutJavaFxOrTheUi = noClasses()
            .that().resideInAPackage("kz.schoolwatch.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "kz.schoolwatch.ui..");

    @ArchTest
    static final ArchRule onlyViewModelsCallServices = noClasses()
            .that().resideInAPackage("kz.schoolwatch.ui..").and().haveSimpleNameNotEndingWith("ViewModel")
            .and().haveSimpleNameNotEndingWith("Services")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("kz.schoolwatch.service..")
                    .and(JavaClass.Predicates.simpleNameEndingWith("Service")))
            .because("views, panes and dialogs only bind and lay out; their view models call the services (handed over in *Services bundles)");

    @ArchTest
    static final ArchRule onlyTheAppWires = constructors()
            .that().areDeclaredInClassesThat().resideInAPackage("kz.schoolwatch.service..")
            .and().areDeclaredInClassesThat().haveSimpleNameEndingWith("Service")
            .should().onlyBeCalled().byClassesThat().resideInAnyPackage("kz.schoolwatch.app..", "kz.schoolwatch.service..")
            .because("AppContext is the one composition root, for the window and the command line alike");

    @ArchTest
    static final ArchRule theCompositionRootRunsWithoutJavaFx = noClasses()
            .that().haveFullyQualifiedName("kz.schoolwatch.app.AppContext")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "kz.schoolwatch.ui..")
            .because("the command line builds its services from AppContext too");
}
