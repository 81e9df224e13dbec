package dev.notes.bootstrap.e2e;

import org.springframework.test.context.TestPropertySource;

/**
 * The REST API over HTTP on the embedded H2 database (in memory here; the file default is tested in
 * {@link H2FileRestartTest}).
 */
@TestPropertySource(
    properties =
        "spring.datasource.url=jdbc:h2:mem:notes_e2e;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2RestApiEndToEndTest extends RestApiEndToEndTest {}
