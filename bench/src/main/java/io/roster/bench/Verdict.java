package io.roster.bench;

/** Whether a figure meets the target. */
public enum Verdict {
  MET,
  MISSED,
  NO_TARGET;

  public static Verdict of(boolean met) {
    return met ? MET : MISSED;
  }

  String cell() {
    return switch (this) {
      case MET -> "met";
      case MISSED -> "**missed**";
      case NO_TARGET -> "";
    };
  }
}
