package dev.notes.adapter.persistence.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that needs the MariaDB server of {@link MariaDbServer}. When the server does
 * not answer, the class fails under {@code CI=true} (a CI run must never pass by skipping), and is
 * skipped elsewhere with a message that says how to start the server.
 *
 * <p>The check runs before any Spring context starts, so a missing server costs one connection
 * attempt, not a context start-up per class. Point the test's data source at {@link
 * MariaDbServer#jdbcUrl(String)} with a database name of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MariaDbAvailable.class)
public @interface MariaDb {}
