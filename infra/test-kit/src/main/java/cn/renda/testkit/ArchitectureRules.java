package cn.renda.testkit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of {@code shared/STYLE.md}, checked on a service's production classes:
 * aggregates free of Spring and of the query and web sides; command side independent of query and web;
 * commands, queries and published events are records; no cycles between features.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    public static JavaClasses importService(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    public static void verifyApp(String basePackage) {
        JavaClasses app = importService(basePackage);
        noClasses().that().resideInAPackage("..command..")
                .should().dependOnClassesThat().resideInAnyPackage("..query..", "..web..", "..inbound..")
                .because("the command side decides from its own state only")
                .allowEmptyShould(true)
                .check(app);
        noClasses().that().areAnnotatedWith("org.axonframework.spring.stereotype.Aggregate")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "jakarta.persistence..", "java.net..", "java.io..", "java.sql..")
                .because("aggregates do no I/O and know no Spring beans")
                .allowEmptyShould(true)
                .check(app);
        noClasses().that().areAnnotatedWith("org.axonframework.spring.stereotype.Aggregate")
                .should().bePublic()
                .because("aggregates are package-private: only commands reach them")
                .allowEmptyShould(true)
                .check(app);
        classes().that().haveSimpleNameEndingWith("Command").or().haveSimpleNameEndingWith("Query")
                .should(beRecords())
                .allowEmptyShould(true)
                .check(app);
        slices().matching(basePackage + ".(*)..").should().beFreeOfCycles().check(app);
    }

    public static void verifyApi(String basePackage) {
        JavaClasses api = importService(basePackage);
        classes().that().resideInAPackage("..events..").and().areTopLevelClasses()
                .should(beRecords())
                .andShould().haveSimpleNameEndingWith("Event")
                .andShould().beAnnotatedWith("org.axonframework.serialization.Revision")
                .because("published events are immutable, versioned records")
                .check(api);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "com.mongodb..")
                .because("-api modules hold contracts only")
                .check(api);
    }

    private static ArchCondition<JavaClass> beRecords() {
        return new ArchCondition<>("be records") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean record = item.reflect().isRecord();
                events.add(new SimpleConditionEvent(item, record, item.getName() + (record ? " is" : " is not") + " a record"));
            }
        };
    }
}
