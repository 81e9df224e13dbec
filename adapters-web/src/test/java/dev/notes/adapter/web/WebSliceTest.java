package dev.notes.adapter.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

/**
 * The web adapter over mocked use cases, through MockMvc. Every slice test class uses this one
 * annotation, so they all share a single cached Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@MockedUseCases
@interface WebSliceTest {}
