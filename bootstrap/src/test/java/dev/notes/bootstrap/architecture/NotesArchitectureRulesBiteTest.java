package dev.notes.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.notes.adapter.persistence.fixture_onion.MyBatisOnionNoteRepository;
import dev.notes.adapter.persistence.fixture_violation.NoteRowMapper;
import dev.notes.adapter.persistence.fixture_violation.PersistenceCallingController;
import dev.notes.adapter.persistence.fixture_violation.PersistenceNoteController;
import dev.notes.adapter.web.fixture_cycle_a.CursorParts;
import dev.notes.adapter.web.fixture_cycle_b.CursorFormat;
import dev.notes.adapter.web.fixture_onion.OnionEndpoint;
import dev.notes.adapter.web.fixture_violation.ArchiveNoteUseCase;
import dev.notes.adapter.web.fixture_violation.FixtureController;
import dev.notes.adapter.web.fixture_violation.NoteJsonMapper;
import dev.notes.adapter.web.fixture_violation.NoteStatements;
import dev.notes.adapter.web.fixture_violation.WebCallingService;
import dev.notes.adapter.web.fixture_violation.WebUsingBootstrap;
import dev.notes.application.fixture_onion.OnionService;
import dev.notes.application.fixture_violation.AnnotatedEndpoint;
import dev.notes.application.fixture_violation.ApplicationUsingJackson;
import dev.notes.application.fixture_violation.ApplicationUsingJakarta;
import dev.notes.application.fixture_violation.ApplicationUsingJdbc;
import dev.notes.application.fixture_violation.ApplicationUsingMyBatis;
import dev.notes.application.fixture_violation.ApplicationUsingNetworkAndReflection;
import dev.notes.application.fixture_violation.ApplicationUsingSpring;
import dev.notes.application.fixture_violation.LeakingEndpoint;
import dev.notes.application.port.in.fixture_violation.PinNoteUseCase;
import dev.notes.application.port.in.fixture_violation.UseCaseReturningService;
import dev.notes.domain.fixture_allowed.PlainAmount;
import dev.notes.domain.fixture_allowed.PlainFailure;
import dev.notes.domain.fixture_cycle_a.CycleNote;
import dev.notes.domain.fixture_cycle_b.CycleCategory;
import dev.notes.domain.fixture_onion.OnionNoteRepository;
import dev.notes.domain.fixture_violation.DomainReadingFiles;
import dev.notes.domain.fixture_violation.DomainUsingAdapter;
import dev.notes.domain.fixture_violation.DomainUsingJackson;
import dev.notes.domain.fixture_violation.DomainUsingJdbc;
import dev.notes.domain.fixture_violation.DomainUsingSpring;
import dev.notes.domain.fixture_violation.DomainUsingUseCase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proof that each rule bites: every rule, run over small classes that break it on purpose (test
 * sources, so the production suite never sees them), must fail, name the wrong class and say how to
 * fix it. Deleting or weakening a rule makes its test here fail.
 */
class NotesArchitectureRulesBiteTest {

  @Test
  void givenDomainClassesUsingSpringJdbcAndJackson_domainIsPlainJava_failsNamingEach() {
    assertViolated(
        NotesArchitectureRules.DOMAIN_IS_PLAIN_JAVA,
        List.of(DomainUsingSpring.class, DomainUsingJdbc.class, DomainUsingJackson.class),
        "let the domain declare what it needs as an interface",
        "DomainUsingSpring",
        "org.springframework.util.StringUtils",
        "DomainUsingJdbc",
        "java.sql.Connection",
        "DomainUsingJackson",
        "com.fasterxml.jackson.annotation.JsonProperty");
  }

  @Test
  void givenApplicationClassesUsingEachFramework_applicationIsPlainJava_failsNamingEach() {
    assertViolated(
        NotesArchitectureRules.APPLICATION_IS_PLAIN_JAVA,
        List.of(
            ApplicationUsingSpring.class,
            ApplicationUsingMyBatis.class,
            ApplicationUsingJakarta.class,
            ApplicationUsingJackson.class,
            ApplicationUsingJdbc.class),
        "reach it through a port in dev.notes.application.port.out",
        "org.springframework.transaction.annotation.Transactional",
        "org.apache.ibatis.session.SqlSession",
        "jakarta.servlet.http.HttpServletRequest",
        "tools.jackson.databind.ObjectMapper",
        "javax.sql.DataSource",
        "java.sql.Connection");
  }

  @Test
  void givenInnerClassesUsingFilesNetworkAndReflection_innerLayersUseAllowedJdk_failsNamingEach() {
    assertViolated(
        NotesArchitectureRules.INNER_LAYERS_USE_ALLOWED_JDK,
        List.of(DomainReadingFiles.class, ApplicationUsingNetworkAndReflection.class),
        "keep I/O and infrastructure behind a port in dev.notes.application.port.out and"
            + " implement it in an adapter; or, if the JDK package is pure computation, add it to"
            + " ALLOWED_JDK_PACKAGES in NotesArchitectureRules",
        "DomainReadingFiles",
        "java.nio.file.Files",
        "java.io.IOException",
        "ApplicationUsingNetworkAndReflection",
        "java.net.URI",
        "java.lang.reflect.Method");
  }

  @Test
  void givenPureComputationSerializableValueAndException_innerLayersUseAllowedJdk_passes() {
    // guards the allow-list against growing too tight: java.math, java.time.format,
    // java.util.regex, java.io.Serializable and an exception's serialVersionUID are all fine
    EvaluationResult result =
        NotesArchitectureRules.INNER_LAYERS_USE_ALLOWED_JDK.evaluate(
            new ClassFileImporter().importClasses(PlainAmount.class, PlainFailure.class));

    assertThat(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void givenDomainClassUsingJdbc_innerLayersUseAllowedJdk_leavesItToRuleOne() {
    // JDBC is reported once, by rule 1 (or 2), whose reason names it
    EvaluationResult result =
        NotesArchitectureRules.INNER_LAYERS_USE_ALLOWED_JDK.evaluate(
            new ClassFileImporter().importClasses(DomainUsingJdbc.class));

    assertThat(result.getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void givenPersistenceClassUsingWebClass_adaptersAreIndependent_failsNamingIt() {
    assertViolated(
        NotesArchitectureRules.ADAPTERS_ARE_INDEPENDENT,
        List.of(PersistenceCallingController.class, FixtureController.class),
        "each adapter plugs into the application alone",
        "PersistenceCallingController",
        "FixtureController");
  }

  @Test
  void givenWebClassCallingAService_adaptersUsePortsNotServices_failsNamingIt() {
    assertViolated(
        NotesArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES,
        List.of(WebCallingService.class),
        "depend on the XxxUseCase in dev.notes.application.port.in",
        "WebCallingService",
        "dev.notes.application.service.CreateNoteService.createNote");
  }

  @Test
  void givenInboundPortMentioningAService_portsDoNotKnowServices_failsNamingIt() {
    assertViolated(
        NotesArchitectureRules.PORTS_DO_NOT_KNOW_SERVICES,
        List.of(UseCaseReturningService.class),
        "the ports are the application's contract",
        "UseCaseReturningService",
        "CreateNoteService");
  }

  @Test
  void givenAdapterClassUsingBootstrap_nothingDependsOnBootstrap_failsNamingIt() {
    assertViolated(
        NotesArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP,
        List.of(WebUsingBootstrap.class),
        "bootstrap is the composition root",
        "WebUsingBootstrap",
        "dev.notes.bootstrap.fixture_violation.WiringDetail");
  }

  @Test
  void givenDomainClassesUsingAUseCaseAndAnAdapter_domainKnowsNoOuterLayer_failsNamingBoth() {
    assertViolated(
        NotesArchitectureRules.DOMAIN_KNOWS_NO_OUTER_LAYER,
        List.of(DomainUsingUseCase.class, DomainUsingAdapter.class),
        "dependencies point inwards",
        "dev.notes.application.port.in.GetNoteUseCase",
        "dev.notes.adapter.web.fixture_violation.FixtureController");
  }

  @Test
  void givenTwoAggregatePackagesUsingEachOther_aggregatesAreFreeOfCycles_failsNamingTheCycle() {
    assertViolated(
        NotesArchitectureRules.AGGREGATES_ARE_FREE_OF_CYCLES,
        List.of(CycleNote.class, CycleCategory.class),
        "aggregates depend one way",
        "Cycle detected",
        "fixture_cycle_a",
        "fixture_cycle_b");
  }

  @Test
  void givenTwoAdapterPackagesUsingEachOther_adapterPackagesAreFreeOfCycles_failsNamingTheCycle() {
    assertViolated(
        NotesArchitectureRules.ADAPTER_PACKAGES_ARE_FREE_OF_CYCLES,
        List.of(CursorParts.class, CursorFormat.class),
        "an adapter's sub-packages depend one way",
        "Cycle detected",
        "CursorParts",
        "CursorFormat");
  }

  @Test
  void givenUseCaseInWebAndUseCaseClass_useCasesAreInboundPorts_failsNamingBoth() {
    assertViolated(
        NotesArchitectureRules.USE_CASES_ARE_INBOUND_PORTS,
        List.of(ArchiveNoteUseCase.class, PinNoteUseCase.class),
        "a *UseCase is an inbound port",
        "ArchiveNoteUseCase",
        "PinNoteUseCase");
  }

  @Test
  void givenControllersOutsideWeb_controllersLiveInWeb_failsNamingBoth() {
    assertViolated(
        NotesArchitectureRules.CONTROLLERS_LIVE_IN_WEB,
        List.of(PersistenceNoteController.class, AnnotatedEndpoint.class),
        "HTTP is the web adapter's business",
        "PersistenceNoteController",
        "AnnotatedEndpoint");
  }

  @Test
  void givenMyBatisMapperInWebNotNamedMapper_myBatisMappersLiveInPersistence_failsOnBothCounts() {
    assertViolated(
        NotesArchitectureRules.MYBATIS_MAPPERS_LIVE_IN_PERSISTENCE,
        List.of(NoteStatements.class),
        "SQL is the persistence adapter's business",
        "NoteStatements> does not reside in a package 'dev.notes.adapter.persistence..'",
        "NoteStatements> does not have simple name ending with 'Mapper'");
  }

  @Test
  void givenTranslatorsNamedMapperInWebAndPersistence_mapperMeansMyBatisMapper_failsNamingBoth() {
    assertViolated(
        NotesArchitectureRules.MAPPER_MEANS_MYBATIS_MAPPER,
        List.of(NoteJsonMapper.class, NoteRowMapper.class),
        "*Mapper names only MyBatis mappers",
        "NoteJsonMapper",
        "NoteRowMapper");
  }

  @Test
  void givenControllerReturningDomainAndPersistenceTypes_controllersReturnResponseModels_fails() {
    assertViolated(
        NotesArchitectureRules.CONTROLLERS_RETURN_RESPONSE_MODELS,
        List.of(LeakingEndpoint.class),
        "return a response record of the web adapter (e.g. NoteResponse.of(note)), never a"
            + " domain or persistence type: they are not the published contract",
        "LeakingEndpoint.note() returns dev.notes.domain.note.Note,",
        "LeakingEndpoint.notes() returns org.springframework.http.ResponseEntity<java.util.List<"
            + "dev.notes.domain.note.Note>>, which involves dev.notes.domain.note.Note of the"
            + " domain",
        "LeakingEndpoint.page() returns dev.notes.domain.shared.Page<java.lang.String,"
            + " dev.notes.domain.note.NoteId>, which involves dev.notes.domain.note.NoteId",
        "which involves dev.notes.adapter.persistence.fixture_violation.StoredNote of"
            + " the persistence adapter",
        "LeakingEndpoint.mappedButNotPublic()");
  }

  @Test
  void givenControllerReturningDomainTypesOnlyFromPrivateHelpers_rule10_leavesThemAlone() {
    EvaluationResult result =
        NotesArchitectureRules.CONTROLLERS_RETURN_RESPONSE_MODELS.evaluate(
            new ClassFileImporter().importClasses(LeakingEndpoint.class));

    assertThat(result.getFailureReport().toString())
        .doesNotContain("answered()")
        .doesNotContain("helper()")
        .doesNotContain("lambda$");
  }

  @Test
  void givenServiceBuildingItsAdapter_hexagon_failsNamingTheOutwardArrow() {
    assertViolated(
        NotesArchitectureRules.HEXAGON,
        List.of(
            OnionNoteRepository.class,
            OnionService.class,
            MyBatisOnionNoteRepository.class,
            OnionEndpoint.class),
        "every arrow points inwards",
        "OnionService",
        "MyBatisOnionNoteRepository");
  }

  private static void assertViolated(
      ArchRule rule, List<Class<?>> wrongClasses, String reason, String... evidence) {
    EvaluationResult result =
        rule.evaluate(new ClassFileImporter().importClasses(wrongClasses.toArray(Class<?>[]::new)));
    String report = result.getFailureReport().toString();

    assertThat(result.hasViolation()).as("the rule fails on %s", wrongClasses).isTrue();
    assertThat(report).contains(", because ").contains(reason).contains(evidence);
  }
}
