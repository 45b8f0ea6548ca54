package io.roster.bench;

import java.util.Locale;

/** How figures are written: thousands separated, few digits, ratios as {@code 1.42x}. */
public final class Numbers {

  private Numbers() {}

  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Three significant digits for small values, none after the point for large ones. */
  public static String decimal(double value) {
    double abs = Math.abs(value);
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (abs >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }

  public static String seconds(long nanos) {
    return decimal(nanos / 1e9) + " s";
  }

  public static String ratio(double ratio) {
    return (ratio >= 100 ? String.format(Locale.ROOT, "%,.0f", ratio) : decimal(ratio)) + "x";
  }

  public static String micros(double micros) {
    return decimal(micros) + " µs";
  }
}
