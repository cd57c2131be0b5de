package com.quizdeck;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps feature modules honest: no module reaches into another's internals, no cycles, and a
 * module's entities and repositories are used only inside that module (even where a type is public).
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modules_respect_each_others_boundaries() {
        modules.verify();
    }

    @Test
    void repositories_and_entities_stay_inside_their_module() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.quizdeck");
        var basePackages = modules.stream().map(m -> m.getBasePackage().getName()).toList();
        checkPersistenceStaysInside(classes, basePackages);
    }

    @Test
    void the_persistence_rule_catches_a_view_using_another_modules_repository() {
        var fixture = new ClassFileImporter().importPackages("com.quizdeck.modulefixture");
        assertThatThrownBy(() -> checkPersistenceStaysInside(fixture,
                List.of("com.quizdeck.modulefixture.alpha", "com.quizdeck.modulefixture.beta")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("BetaView");
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    private static void checkPersistenceStaysInside(JavaClasses classes, List<String> basePackages) {
        for (var base : basePackages) {
            noClasses().that().resideOutsideOfPackage(base + "..")
                    .should().dependOnClassesThat(are(resideInAPackage(base + "..")
                            .and(or(assignableTo(Repository.class), CanBeAnnotated.Predicates.annotatedWith(Entity.class)))))
                    .allowEmptyShould(true)
                    .because("entities and repositories belong to their module; other modules call its service")
                    .check(classes);
        }
    }
}
