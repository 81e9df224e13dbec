package dev.notes.bootstrap.datasource;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Connector/J settings that Notes needs on MySQL and MariaDB, added to the pool's driver properties
 * unless the operator set them (in the URL or as properties). They are not in the configuration
 * file because H2 refuses driver properties it does not know.
 *
 * <ul>
 *   <li>{@code createDatabaseIfNotExist}: the database is created when missing, as the README
 *       promises.
 *   <li>{@code connectTimeout}: a database that does not answer fails fast, so callers get a 503
 *       within seconds instead of hanging.
 *   <li>{@code socketTimeout}: a database that stops answering in the middle of a statement (a
 *       frozen server, a dropped network) fails the request after 15 s instead of holding it
 *       forever; a statement whose work grows with the data is cancelled after 10 s before that.
 *   <li>{@code innodb_lock_wait_timeout} of 5 s instead of 50 s: a change stuck behind a lock is
 *       refused (503, try again) while the caller still waits for it.
 *   <li>prepared-statement cache and local session/transaction state: no re-parsing of every
 *       statement and no redundant {@code SET autocommit} round trips (see docs/performance.md).
 * </ul>
 *
 * <p>{@value #CREATE_DATABASE_PROPERTY}{@code =false} leaves the database alone when it is missing:
 * {@code db info} only looks, and {@code db drop} empties an existing database: neither may create
 * one.
 */
public class MySqlDriverDefaults implements BeanPostProcessor, EnvironmentAware {

  public static final String CREATE_DATABASE_PROPERTY =
      "notes.datasource.create-database-if-missing";
  private static final String CREATE_DATABASE = "createDatabaseIfNotExist";

  private static final String CONNECT_TIMEOUT = "connectTimeout";

  private static final String CONNECT_TIMEOUT_MILLIS = "2000";

  private static final String SOCKET_TIMEOUT = "socketTimeout";

  /**
   * Longer than a statement may run (10 s, {@code mybatis.configuration.default-statement-timeout})
   * plus the driver's cancel of it, which opens a connection of its own (connect timeout 2 s): a
   * statement cancelled for its time is then answered by the server, on a connection that stays
   * whole. At 10 s like the statement timeout, the socket timeout won that race now and then and
   * closed the socket under the cancelled statement; the pool kept the connection, and the next
   * request that borrowed it failed with a 503.
   */
  static final String SOCKET_TIMEOUT_MILLIS = "15000";

  private static final Map<String, String> DEFAULTS =
      Map.of(
          CREATE_DATABASE,
          "true",
          CONNECT_TIMEOUT,
          CONNECT_TIMEOUT_MILLIS,
          SOCKET_TIMEOUT,
          SOCKET_TIMEOUT_MILLIS,
          "sessionVariables",
          "innodb_lock_wait_timeout=5",
          "cachePrepStmts",
          "true",
          "prepStmtCacheSize",
          "250",
          "prepStmtCacheSqlLimit",
          "2048",
          "useLocalSessionState",
          "true",
          "useLocalTransactionState",
          "true",
          "characterEncoding",
          "UTF-8");

  private boolean createDatabase = true;

  @Override
  public void setEnvironment(Environment environment) {
    createDatabase = environment.getProperty(CREATE_DATABASE_PROPERTY, Boolean.class, true);
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && isMySql(pool.getJdbcUrl())) {
      Properties configured = pool.getDataSourceProperties();
      DEFAULTS.forEach(
          (name, value) -> {
            boolean wanted = createDatabase || !CREATE_DATABASE.equals(name);
            if (wanted
                && !configured.containsKey(name)
                && !pool.getJdbcUrl().contains(name + "=")) {
              pool.addDataSourceProperty(name, value);
            }
          });
    }
    return bean;
  }

  /**
   * What {@link DatabaseWait} gives each attempt at start-up, unless the URL says otherwise: the
   * connect timeout, and as long to read, since a host that accepts the connection but never greets
   * (a half-dead server, a black-holing proxy) is no answer either and would hold an attempt for
   * ever.
   */
  static void putAttemptTimeouts(String url, Properties connection) {
    for (String timeout : List.of(CONNECT_TIMEOUT, SOCKET_TIMEOUT)) {
      if (!url.contains(timeout)) {
        connection.setProperty(timeout, CONNECT_TIMEOUT_MILLIS);
      }
    }
  }

  static boolean isMySql(String url) {
    return url != null && url.startsWith("jdbc:mysql:");
  }
}
