package dev.notes.adapter.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Only here because {@code @MybatisTest} looks for a {@code @SpringBootConfiguration} in or above
 * the test's package; the composition root of the service lives in bootstrap. Each test imports
 * {@link PersistenceConfiguration} itself (slices do not pick it up by scanning).
 */
@SpringBootApplication
class PersistenceTestApplication {}
