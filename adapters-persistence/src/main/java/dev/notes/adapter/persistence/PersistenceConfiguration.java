package dev.notes.adapter.persistence;

import dev.notes.application.port.out.UnitOfWork;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.note.NoteRepository;
import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The persistence adapter as the application sees it: a {@link CategoryRepository}, a {@link
 * NoteRepository} and a {@link UnitOfWork} on the application's {@code DataSource}. Import it from
 * the composition root; the data source, Flyway and MyBatis themselves are configured by Spring
 * Boot from {@code spring.datasource.*}, {@code spring.flyway.*} and {@code mybatis.*}, the bound
 * and budget of text searches from {@code notes.persistence.search.*} ({@link NoteSearchSettings}),
 * how many lists are read at once from {@code notes.persistence.lists.*} ({@link ListSettings}).
 *
 * <p>The mappers are found by an explicit scan because Spring Boot's automatic one only covers the
 * package of the {@code @SpringBootApplication}, which lives in another module.
 *
 * <p>{@value #DEFAULTS} holds the adapter's defaults for Spring Boot (the Flyway locations, the
 * statement timeout); a context that runs only Flyway, such as the db commands, loads it too.
 */
@Configuration(proxyBeanMethods = false)
@MapperScan(basePackages = "dev.notes.adapter.persistence", annotationClass = Mapper.class)
@PropertySource(PersistenceConfiguration.DEFAULTS)
@EnableConfigurationProperties({NoteSearchSettings.class, ListSettings.class})
public class PersistenceConfiguration {

  public static final String DEFAULTS = "classpath:notes-persistence.properties";

  /**
   * Every Instant, in every statement, is UTC with milliseconds (see the handler for why); row
   * objects are made without an exception each (see the factory).
   */
  @Bean
  ConfigurationCustomizer utcInstantsAndRowObjects() {
    return configuration -> {
      configuration.getTypeHandlerRegistry().register(Instant.class, new UtcInstantTypeHandler());
      configuration.setObjectFactory(new RowObjectFactory());
    };
  }

  /** One gate for lists of notes and of categories alike: they share the database. */
  @Bean
  ListGate listGate(ListSettings lists) {
    return lists.gate();
  }

  @Bean
  CategoryRepository categoryRepository(
      CategoryMapper categories, NoteMapper notes, ListGate listGate) {
    return StorageGuard.around(
        CategoryRepository.class, new MyBatisCategoryRepository(categories, notes, listGate));
  }

  @Bean
  NoteRepository noteRepository(NoteMapper notes, NoteSearchSettings search, ListGate listGate) {
    return StorageGuard.around(
        NoteRepository.class,
        new MyBatisNoteRepository(notes, search.maxNotesRead(), search.budget(), listGate));
  }

  @Bean
  UnitOfWork unitOfWork(PlatformTransactionManager transactionManager) {
    return StorageGuard.around(UnitOfWork.class, new SpringUnitOfWork(transactionManager));
  }
}
