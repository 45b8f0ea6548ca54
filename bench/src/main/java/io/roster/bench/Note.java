package io.roster.bench;

/** A section printed under the table: a plan, a profile, a check (Markdown). */
public record Note(String scenario, String title, String markdown) {

  /** A note whose body is preformatted text (a plan, a profile). */
  public static Note text(String scenario, String title, String text) {
    return new Note(scenario, title, "```\n" + text.strip() + "\n```");
  }
}
