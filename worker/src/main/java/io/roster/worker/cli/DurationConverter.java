package io.roster.worker.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code 500ms}, {@code 2s}, {@code 5m}, {@code 1h} or ISO-8601 ({@code PT2S}). */
final class DurationConverter implements ITypeConverter<Duration> {

  @Override
  public Duration convert(String value) {
    var text = value.trim().toLowerCase();
    try {
      if (text.startsWith("p")) {
        return Duration.parse(value.trim().toUpperCase());
      }
      if (text.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
      }
      long amount = Long.parseLong(text.substring(0, text.length() - 1));
      return switch (text.charAt(text.length() - 1)) {
        case 's' -> Duration.ofSeconds(amount);
        case 'm' -> Duration.ofMinutes(amount);
        case 'h' -> Duration.ofHours(amount);
        default -> throw new NumberFormatException(value);
      };
    } catch (RuntimeException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration (500ms, 2s, 5m, 1h or ISO-8601 such as PT2S)");
    }
  }
}
