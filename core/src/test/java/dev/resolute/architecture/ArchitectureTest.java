package dev.resolute.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of core: what it may depend on, and what its packages may see of each other. */
@AnalyzeClasses(packages = "dev.resolute", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreDependsOnlyOnTheJdkGuavaAndImmutablesAnnotations =
      classes().that().resideInAPackage("dev.resolute..")
          .should().onlyDependOnClassesThat()
          .resideInAnyPackage("dev.resolute..", "java..", "javax.xml..", "com.google.common..",
              "org.immutables.value..", "javax.annotation..",
              // annotations Guava itself brings and Immutables' generated code uses
              "com.google.errorprone.annotations..", "org.jspecify.annotations..")
          .because("core ships with Guava and Immutables' annotations only: no Jackson, jqwik or XML library");

  @ArchTest
  static final ArchRule valuesKnowNothingOfParsingCitationsOrFormats =
      noClasses().that().resideInAnyPackage("dev.resolute.model..", "dev.resolute.symbol..")
          .should().dependOnClassesThat()
          .resideInAnyPackage("dev.resolute.text..", "dev.resolute.cite..", "dev.resolute.format..",
              "dev.resolute.actor..")
          .because("the model and symbols are the value layer every other package builds on");
}
