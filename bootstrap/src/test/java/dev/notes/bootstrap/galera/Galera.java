package dev.notes.bootstrap.galera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests that start a Galera cluster: they fail under {@code CI=true} when it cannot be started (no
 * galera-4 or MariaDB server installed) and are skipped with a loud message elsewhere.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(GaleraAvailable.class)
@interface Galera {}
