package dev.notes.bootstrap;

import dev.notes.adapter.persistence.PersistenceConfiguration;
import dev.notes.adapter.web.WebConfiguration;
import dev.notes.bootstrap.datasource.DatabaseHealthIndicator;
import dev.notes.bootstrap.datasource.DatabaseWait;
import dev.notes.bootstrap.datasource.MySqlDriverDefaults;
import dev.notes.bootstrap.db.DbCommandLine;
import dev.notes.bootstrap.logging.DirectConsoleInstaller;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The composition root: the one place that knows every module. {@code java -jar notes.jar} serves
 * the REST API; {@code java -jar notes.jar db ...} runs a database command and exits, without a web
 * server. Before the service starts, {@link DatabaseWait} waits for a database that is not up yet,
 * and {@link DirectConsoleInstaller} takes the lock out of the console log.
 *
 * <p>No component scan: each adapter contributes exactly one configuration class, imported here
 * with bootstrap's own (the use cases, the driver defaults, the database health indicator), so what
 * the service is made of can be read in this one place.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({
  PersistenceConfiguration.class,
  WebConfiguration.class,
  UseCaseConfiguration.class,
  MySqlDriverDefaults.class,
  DatabaseHealthIndicator.class
})
public class NotesApplication {

  public static void main(String[] args) {
    if (DbCommandLine.isDbCommand(args)) {
      System.exit(DbCommandLine.run(args, System.out, System.err));
    }
    ServiceArguments.refuseWhatTheServiceDoesNotTake(args, System.out, System.err)
        .ifPresent(System::exit);
    SpringApplication application = new SpringApplication(NotesApplication.class);
    application.addListeners(new DirectConsoleInstaller(), new DatabaseWait());
    try {
      application.run(args);
    } catch (DatabaseWait.DatabaseUnreachable alreadyLogged) {
      System.exit(DbCommandLine.FAILED);
    }
  }
}
