package dev.notes.adapter.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON as the API promises it, for the whole application (and for the web test slices, which is why
 * it is code and not {@code spring.jackson.*} properties).
 *
 * <p>Reading is strict: an unknown property, a duplicate property or trailing content is an error,
 * and no scalar is coerced into another type. Jackson 3 would otherwise read {@code 5} as the
 * string {@code "5"}, {@code "5"} as the number 5 and {@code 5.7} as the id 5.
 *
 * <p>Writing: every {@link Instant} has exactly three fractional digits and {@code Z}; Jackson's
 * default drops the fraction when it is zero. Not as a {@code JsonFormat} pattern: a pattern
 * converts every instant to a zoned date-time and computes its fraction in BigDecimal, 5 % of the
 * server's CPU on a list page (docs/performance.md, finding 9).
 */
final class StrictJsonRules implements JsonMapperBuilderCustomizer {

  @Override
  public void customize(JsonMapper.Builder builder) {
    builder
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // no string to number or boolean, no number to boolean
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // ALLOW_COERCION_OF_SCALARS leaves these two directions open: number to string, 5.7 to 5
        .withCoercionConfig(
            LogicalType.Textual,
            config ->
                config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Integer,
            config -> config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
        .addModule(new SimpleModule().addSerializer(new MillisecondInstants()));
  }

  private static final class MillisecondInstants extends StdSerializer<Instant> {

    private static final DateTimeFormatter UTC_MILLISECONDS =
        new DateTimeFormatterBuilder().appendInstant(3).toFormatter();

    MillisecondInstants() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant instant, JsonGenerator json, SerializationContext context) {
      json.writeString(UTC_MILLISECONDS.format(instant));
    }
  }
}
