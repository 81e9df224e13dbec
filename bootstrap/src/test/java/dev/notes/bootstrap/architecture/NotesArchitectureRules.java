package dev.notes.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.stream.Stream;

/**
 * The boundaries of Notes, one rule each. A rule's name says what it guards; its reason, printed
 * after "because", says how to fix a violation. Every rule keeps ArchUnit's failOnEmptyShould, and
 * {@link RulePackagesTest} checks that each package named here holds classes (and that each JDK
 * package named here is one of the JDK's), so that no rule can pass because it guards nothing.
 */
public final class NotesArchitectureRules {

  static final String DOMAIN = "dev.notes.domain..";
  static final String APPLICATION = "dev.notes.application..";
  static final String PORT_IN = "dev.notes.application.port.in..";
  static final String PORT_OUT = "dev.notes.application.port.out..";
  static final String SERVICE = "dev.notes.application.service..";
  static final String ADAPTERS = "dev.notes.adapter..";
  static final String PERSISTENCE = "dev.notes.adapter.persistence..";
  static final String WEB = "dev.notes.adapter.web..";
  static final String BOOTSTRAP = "dev.notes.bootstrap..";

  /** Each package pattern a rule names; each must hold at least one production class. */
  static final List<String> NAMED_PACKAGES =
      List.of(
          DOMAIN, APPLICATION, PORT_IN, PORT_OUT, SERVICE, ADAPTERS, PERSISTENCE, WEB, BOOTSTRAP);

  static final String DOMAIN_AGGREGATES = "dev.notes.domain.(*)..";
  static final String ADAPTER_MODULES = "dev.notes.adapter.(*)..";
  static final String ADAPTER_PACKAGES = "dev.notes.adapter.(**)";

  /** Each slicing a rule names; each must cut the production classes into two slices or more. */
  static final List<String> NAMED_SLICINGS =
      List.of(DOMAIN_AGGREGATES, ADAPTER_MODULES, ADAPTER_PACKAGES);

  /**
   * The onion's ring around the domain model: in Palermo's picture the repository interfaces are
   * domain services, so entities and value objects never reach for a repository.
   */
  static final String REPOSITORY = "Repository";

  static final String MYBATIS_MAPPER = "org.apache.ibatis.annotations.Mapper";
  static final String SPRING_CONTROLLER = "org.springframework.stereotype.Controller";
  static final String REST_CONTROLLER = "org.springframework.web.bind.annotation.RestController";
  static final String REQUEST_MAPPING = "org.springframework.web.bind.annotation.RequestMapping";

  /**
   * JDBC lives in the JDK, but it is a framework for the purpose of rules 1 and 2: {@code
   * java.sql.Connection} in the domain is a database in the domain.
   */
  static final String[] JDBC = {"java.sql..", "javax.sql.."};

  /**
   * What rules 1 and 2 call plain Java: the JDK's java.. without JDBC. Everything else, Spring
   * (org.springframework..), MyBatis (org.apache.ibatis.., org.mybatis..), Jakarta (jakarta.., and
   * javax.. before it), Jackson (com.fasterxml.jackson.., tools.jackson..) and any other library,
   * is not.
   */
  static final DescribedPredicate<JavaClass> PLAIN_JAVA =
      resideInAPackage("java..").and(not(resideInAnyPackage(JDBC))).as("are plain Java");

  /**
   * The JDK packages the domain and the application may use: pure computation, no I/O. Taken from
   * what their classes used when the list was made (java.lang, java.time.., java.util,
   * java.util.function, java.util.stream), plus java.math and java.util.regex, which compute just
   * the same. Package by package, not class by class, so that new classes need no entry. Left out
   * on purpose: java.io, java.nio.., java.net.., java.lang.reflect, java.lang.invoke,
   * java.util.concurrent.., java.util.logging and everything else of the JDK.
   */
  static final List<String> ALLOWED_JDK_PACKAGES =
      List.of(
          "java.lang",
          "java.math",
          "java.time..",
          "java.util",
          "java.util.function",
          "java.util.regex",
          "java.util.stream");

  /**
   * java.io's one marker interface, for a value that declares it is Serializable; nothing else of
   * java.io. An exception's inherited Serializable (and its serialVersionUID field) is no
   * dependency at all for ArchUnit, so exceptions need no entry.
   */
  static final String SERIALIZABLE = "java.io.Serializable";

  /** Each JDK package pattern a rule names; each must be a package of the running JDK. */
  static final List<String> NAMED_JDK_PACKAGES =
      Stream.concat(ALLOWED_JDK_PACKAGES.stream(), Stream.of(JDBC)).toList();

  static final DescribedPredicate<JavaClass> ALLOWED_JDK =
      resideInAnyPackage(ALLOWED_JDK_PACKAGES.toArray(String[]::new))
          .or(name(SERIALIZABLE))
          .as("are in ALLOWED_JDK_PACKAGES or are " + SERIALIZABLE);

  @ArchTest
  public static final ArchRule DOMAIN_IS_PLAIN_JAVA =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat(PLAIN_JAVA.or(resideInAPackage(DOMAIN)))
          .as(
              "Rule 1 domain-is-plain-java: the domain depends only on java.. and itself (no"
                  + " Spring, MyBatis, Jakarta, Jackson or JDBC)")
          .because(
              "the domain is plain Java: keep the framework-specific code (Spring, MyBatis,"
                  + " Jakarta or javax, Jackson, JDBC) in an adapter and let the domain declare"
                  + " what it needs as an interface (like CategoryRepository) that the adapter"
                  + " implements");

  @ArchTest
  public static final ArchRule APPLICATION_IS_PLAIN_JAVA =
      classes()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .onlyDependOnClassesThat(PLAIN_JAVA.or(resideInAnyPackage(DOMAIN, APPLICATION)))
          .as(
              "Rule 2 application-is-plain-java: the application depends only on java.., the"
                  + " domain and itself (no Spring, MyBatis, Jakarta, Jackson or JDBC)")
          .because(
              "the use cases run and are tested without a framework: put the Spring-, MyBatis-,"
                  + " Jakarta-, Jackson- or JDBC-specific part in an adapter and reach it through"
                  + " a port in dev.notes.application.port.out (a transaction is UnitOfWork, not"
                  + " @Transactional)");

  @ArchTest
  public static final ArchRule INNER_LAYERS_USE_ALLOWED_JDK =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN, APPLICATION)
          .should()
          .dependOnClassesThat(
              resideInAPackage("java..")
                  .and(not(ALLOWED_JDK))
                  // JDBC is a framework: rules 1 and 2 refuse it with their reason, once
                  .and(not(resideInAnyPackage(JDBC)))
                  .as("are JDK classes outside ALLOWED_JDK_PACKAGES"))
          .as(
              "Rule 2b inner-layers-use-allowed-jdk: the domain and the application use only the"
                  + " JDK packages in ALLOWED_JDK_PACKAGES (no java.io, java.net, java.nio.file,"
                  + " java.lang.reflect, ...)")
          .because(
              "the domain and the application compute and leave I/O to the adapters: keep I/O"
                  + " and infrastructure behind a port in dev.notes.application.port.out and"
                  + " implement it in an adapter; or, if the JDK package is pure computation, add"
                  + " it to ALLOWED_JDK_PACKAGES in NotesArchitectureRules");

  @ArchTest
  public static final ArchRule ADAPTERS_ARE_INDEPENDENT =
      slices()
          .matching(ADAPTER_MODULES)
          .should()
          .notDependOnEachOther()
          .as("Rule 3 adapters-are-independent: no adapter depends on another adapter")
          .because(
              "each adapter plugs into the application alone: when one adapter needs what"
                  + " another does, put a port for it in dev.notes.application.port.out (or use a"
                  + " port.in use case), implement it in the other adapter and let bootstrap wire"
                  + " the two");

  @ArchTest
  public static final ArchRule ADAPTERS_USE_PORTS_NOT_SERVICES =
      noClasses()
          .that()
          .resideInAPackage(ADAPTERS)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(SERVICE)
          .as(
              "Rule 4 adapters-use-ports-not-services: adapters reach use cases only through"
                  + " dev.notes.application.port.in, never dev.notes.application.service")
          .because(
              "an adapter calls the use case's interface: depend on the XxxUseCase in"
                  + " dev.notes.application.port.in and let bootstrap's UseCaseConfiguration supply"
                  + " the XxxService behind it");

  @ArchTest
  public static final ArchRule PORTS_DO_NOT_KNOW_SERVICES =
      noClasses()
          .that()
          .resideInAnyPackage(PORT_IN, PORT_OUT)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(SERVICE)
          .as(
              "Rule 5a ports-do-not-know-services: dev.notes.application.port.in and port.out"
                  + " never depend on dev.notes.application.service")
          .because(
              "the ports are the application's contract and the services implement it: move the"
                  + " type both need into port.in (or the domain) and let the service depend on"
                  + " it");

  @ArchTest
  public static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP =
      noClasses()
          .that()
          .resideOutsideOfPackage(BOOTSTRAP)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(BOOTSTRAP)
          .as("Rule 5b nothing-depends-on-bootstrap: only bootstrap depends on dev.notes.bootstrap")
          .because(
              "bootstrap is the composition root and knows everything, so nothing may know it:"
                  + " move the code that is needed elsewhere into the module that needs it (or"
                  + " behind a port in the application) and let bootstrap wire it");

  @ArchTest
  public static final ArchRule DOMAIN_KNOWS_NO_OUTER_LAYER =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(APPLICATION, ADAPTERS, BOOTSTRAP)
          .as(
              "Rule 6 domain-knows-no-outer-layer: the domain never depends on the application,"
                  + " an adapter or bootstrap")
          .because(
              "dependencies point inwards: move the code that needs a use case or an adapter into"
                  + " a service in dev.notes.application.service, or declare an interface in the"
                  + " domain that the outer layer implements");

  @ArchTest
  public static final ArchRule AGGREGATES_ARE_FREE_OF_CYCLES =
      slices()
          .matching(DOMAIN_AGGREGATES)
          .should()
          .beFreeOfCycles()
          .as(
              "Rule 7a aggregates-are-free-of-cycles: the packages under dev.notes.domain depend on"
                  + " each other in one direction only")
          .because(
              "aggregates depend one way (note -> category -> shared): move the type both need"
                  + " into dev.notes.domain.shared, or refer to the other aggregate by id instead"
                  + " of by object");

  @ArchTest
  public static final ArchRule ADAPTER_PACKAGES_ARE_FREE_OF_CYCLES =
      slices()
          .matching(ADAPTER_PACKAGES)
          .should()
          .beFreeOfCycles()
          .as(
              "Rule 7b adapter-packages-are-free-of-cycles: the packages under dev.notes.adapter"
                  + " depend on each other in one direction only")
          .because(
              "an adapter's sub-packages depend one way: move the type both need into the"
                  + " package that the other already depends on (usually the adapter's root"
                  + " package)");

  @ArchTest
  public static final ArchRule USE_CASES_ARE_INBOUND_PORTS =
      classes()
          .that()
          .haveSimpleNameEndingWith("UseCase")
          .should()
          .beInterfaces()
          .andShould()
          .resideInAPackage(PORT_IN)
          .as(
              "Rule 8a use-cases-are-inbound-ports: every *UseCase is an interface in"
                  + " dev.notes.application.port.in")
          .because(
              "a *UseCase is an inbound port: declare it as an interface in"
                  + " dev.notes.application.port.in and implement it as XxxService in"
                  + " dev.notes.application.service; rename the type if it is not a use case");

  @ArchTest
  public static final ArchRule CONTROLLERS_LIVE_IN_WEB =
      classes()
          .that()
          .haveSimpleNameEndingWith("Controller")
          .or()
          .areMetaAnnotatedWith(SPRING_CONTROLLER)
          .should()
          .resideInAPackage(WEB)
          .as(
              "Rule 8b controllers-live-in-web: classes named *Controller or annotated as Spring"
                  + " controllers reside in dev.notes.adapter.web")
          .because(
              "HTTP is the web adapter's business: move the controller into dev.notes.adapter.web"
                  + " and let it call a port.in use case, or rename the class if it is not a"
                  + " controller");

  @ArchTest
  public static final ArchRule MYBATIS_MAPPERS_LIVE_IN_PERSISTENCE =
      classes()
          .that()
          .areAnnotatedWith(MYBATIS_MAPPER)
          .should()
          .resideInAPackage(PERSISTENCE)
          .andShould()
          .haveSimpleNameEndingWith("Mapper")
          .as(
              "Rule 8c mybatis-mappers-live-in-persistence: interfaces annotated with MyBatis'"
                  + " @Mapper reside in dev.notes.adapter.persistence and are named *Mapper")
          .because(
              "SQL is the persistence adapter's business: move the @Mapper interface to"
                  + " dev.notes.adapter.persistence (its XML to the mirrored resource path) and"
                  + " name it XxxMapper");

  @ArchTest
  public static final ArchRule MAPPER_MEANS_MYBATIS_MAPPER =
      classes()
          .that()
          .haveSimpleNameEndingWith("Mapper")
          .should()
          .resideInAPackage(PERSISTENCE)
          .andShould()
          .beAnnotatedWith(MYBATIS_MAPPER)
          .as(
              "Rule 8d mapper-means-mybatis-mapper: a type named *Mapper is a MyBatis @Mapper in"
                  + " dev.notes.adapter.persistence")
          .because(
              "*Mapper names only MyBatis mappers, so that a reader knows where SQL lives: name a"
                  + " translator between shapes after what it makes (like NoteRows or"
                  + " NoteResponse), or annotate the mapper and move it to"
                  + " dev.notes.adapter.persistence");

  @ArchTest
  public static final ArchRule CONTROLLERS_RETURN_RESPONSE_MODELS =
      methods()
          .that(areHandlerMethods())
          .should(
              returnNoTypeOf("the domain", DOMAIN)
                  .and(returnNoTypeOf("the persistence adapter", PERSISTENCE)))
          .as(
              "Rule 10 controllers-return-response-models: no public or request-mapped method of a"
                  + " @RestController returns a type of dev.notes.domain or"
                  + " dev.notes.adapter.persistence, not even as a type argument"
                  + " (ResponseEntity<Note>, List<Note>, Page<Note>)")
          .because(
              "return a response record of the web adapter (e.g. NoteResponse.of(note)), never a"
                  + " domain or persistence type: they are not the published contract");

  @ArchTest
  public static final ArchRule HEXAGON =
      onionArchitecture()
          .domainModels(resideInAPackage(DOMAIN).and(not(simpleNameEndingWith(REPOSITORY))))
          .domainServices(resideInAPackage(DOMAIN).and(simpleNameEndingWith(REPOSITORY)))
          .applicationServices(APPLICATION)
          .adapter("persistence", PERSISTENCE)
          .adapter("web", WEB)
          // the composition root wires every ring together, so its own arrows are not judged here
          .ignoreDependency(resideInAPackage(BOOTSTRAP), alwaysTrue())
          .ensureAllClassesAreContainedInArchitectureIgnoring(BOOTSTRAP)
          .as(
              "Rule 9 hexagon: domain model <- repository ports <- application <- adapters"
                  + " (persistence, web); bootstrap wires them and every class has a ring")
          .because(
              "every arrow points inwards: the violation below names the class and the arrow"
                  + " that points outwards; invert it with a port (an interface in the inner"
                  + " layer that the outer one implements)");

  /**
   * The methods of a controller that can answer a request: its public ones and any it maps with
   * {@code @RequestMapping} (or @GetMapping and the like). Found by annotation, not by package, so
   * the web adapter may arrange its controllers as it likes. Private helpers (and the synthetic
   * methods of lambdas) may handle domain objects: they never reach the client.
   */
  private static DescribedPredicate<JavaMethod> areHandlerMethods() {
    return describe(
        "are public or request-mapped methods of a @RestController",
        method ->
            method.getOwner().isMetaAnnotatedWith(REST_CONTROLLER)
                && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                && (method.getModifiers().contains(JavaModifier.PUBLIC)
                    || method.isMetaAnnotatedWith(REQUEST_MAPPING)));
  }

  /**
   * Looks at every raw type the return type involves, so that a domain type wrapped in
   * ResponseEntity, List or Page is found as well as a bare one.
   */
  private static ArchCondition<JavaMethod> returnNoTypeOf(String layer, String packagePattern) {
    DescribedPredicate<JavaClass> ofLayer = resideInAPackage(packagePattern);
    return new ArchCondition<>("return no type of " + layer) {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        method.getReturnType().getAllInvolvedRawTypes().stream()
            .filter(ofLayer)
            .forEach(
                type ->
                    events.add(
                        SimpleConditionEvent.violated(
                            method,
                            String.format(
                                "%s returns %s, which involves %s of %s, in %s",
                                method.getFullName(),
                                method.getReturnType().getName(),
                                type.getName(),
                                layer,
                                method.getSourceCodeLocation()))));
      }
    };
  }

  private NotesArchitectureRules() {}
}
