package dev.notes.adapter.web.problem;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problems an endpoint answers besides those any endpoint can meet (400, 406, 500, 503; and 413
 * and 415 where it takes a body): {@link ProblemResponses} documents them in the OpenAPI
 * description from here, so the endpoint names each failure once, as a {@link ProblemKind}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Fails {

  ProblemKind[] value();
}
