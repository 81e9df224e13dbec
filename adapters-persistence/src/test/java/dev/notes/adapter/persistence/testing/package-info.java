/**
 * MariaDB for tests of any module, shipped in this module's test-jar.
 *
 * <p>Use it like this (the database name must start with {@code notes_test_} and be the suite's
 * own):
 *
 * <pre>{@code
 * @MariaDb
 * @SpringBootTest(webEnvironment = RANDOM_PORT)
 * class NotesOverHttpOnMariaDbTest {
 *
 *   @DynamicPropertySource
 *   static void mariaDb(DynamicPropertyRegistry registry) {
 *     registry.add("spring.datasource.url", () -> MariaDbServer.freshJdbcUrl("notes_test_e2e"));
 *     registry.add("spring.datasource.username", () -> MariaDbServer.USERNAME);
 *     registry.add("spring.datasource.password", () -> MariaDbServer.PASSWORD);
 *   }
 * }
 * }</pre>
 *
 * <p>{@link dev.notes.adapter.persistence.testing.MariaDb @MariaDb} skips the class with a loud
 * message when the server does not answer, and fails it under {@code CI=true}. {@link
 * dev.notes.adapter.persistence.testing.MariaDbServer#freshJdbcUrl(String)} drops the database once
 * per JVM so that each run starts from a clean schema; {@link
 * dev.notes.adapter.persistence.testing.MariaDbServer#jdbcUrl(String)} keeps it.
 */
package dev.notes.adapter.persistence.testing;
