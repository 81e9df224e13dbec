package dev.notes.adapter;

import dev.notes.adapter.web.WebConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Stands in for the bootstrap module in this module's tests: the web adapter as the real
 * application imports it. It lives outside the adapter's package so that the adapter's component
 * scan does not pick it up.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(WebConfiguration.class)
class WebAdapterTestApplication {}
