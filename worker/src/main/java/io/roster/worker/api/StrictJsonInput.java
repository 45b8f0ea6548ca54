package io.roster.worker.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies read text only from JSON strings: a number or a boolean for a text field is 400
 * {@code invalid_value} naming the field, not its digits read as the text (Jackson's default).
 *
 * <p>Request bodies read dates only as the text {@code YYYY-MM-DD}. Jackson's own reader also takes
 * an array ({@code []} read as null, {@code [2025, 1, 31]}) and, being lenient, an instant whose
 * time it drops; the hostile-input corpus found those accepted, so a wrong type or an instant is
 * now 400 {@code invalid_value} naming the field.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

  @Bean
  JsonMapperBuilderCustomizer strictText() {
    return builder ->
        builder.withCoercionConfig(
            LogicalType.Textual,
            text ->
                text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }

  @Bean
  JacksonModule strictDates() {
    return new SimpleModule("roster-strict-dates")
        .addDeserializer(LocalDate.class, new IsoDateDeserializer())
        .addDeserializer(Instant.class, new IsoInstantDeserializer());
  }

  /** An instant only as ISO-8601 text; Jackson's own reader also takes epoch seconds. */
  static final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {

    IsoInstantDeserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (Instant) context.handleUnexpectedToken(Instant.class, parser);
      }
      return InstantDeserializer.INSTANT.deserialize(parser, context);
    }
  }

  /** {@code YYYY-MM-DD} and nothing else (JSON null stays null, handled before this reader). */
  static final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {

    IsoDateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
      }
      var text = parser.getString();
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        return (LocalDate)
            context.handleWeirdStringValue(LocalDate.class, text, "not a date YYYY-MM-DD");
      }
    }
  }
}
