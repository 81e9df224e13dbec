package dev.notes.bootstrap.e2e;

import org.springframework.test.context.TestPropertySource;

/** A hostile client against the service on the embedded H2 database. */
@TestPropertySource(
    properties =
        "spring.datasource.url=jdbc:h2:mem:notes_hostile;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2HostileRequestsEndToEndTest extends HostileRequestsEndToEndTest {}
