package dev.notes.application.fixture_violation;

import org.springframework.web.bind.annotation.RestController;

/** Wrong on purpose (rule 8b): a Spring MVC controller outside the web adapter. */
@RestController
public class AnnotatedEndpoint {}
