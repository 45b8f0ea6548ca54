package io.roster.bench;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** What the bench is doing, on standard error (the table goes to standard output). */
public final class Progress {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private Progress() {}

  public static void say(String format, Object... args) {
    System.err.println(TIME.format(LocalTime.now()) + " " + format.formatted(args));
  }
}
