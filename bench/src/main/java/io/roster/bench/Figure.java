package io.roster.bench;

/**
 * One line of the result table.
 *
 * @param scenario the scenario that measured it
 * @param figure what was measured, with its value and unit ("10,000 staff in 12.3 s: 813 staff/s")
 * @param value the headline number (what the test checks was produced)
 * @param baseline the baseline it is compared with, measured in the same run
 * @param ratio figure over baseline as the issue states its target (NaN: no ratio)
 * @param target the target, in words
 * @param verdict whether the target is met
 * @param memory the bench process's memory during the scenario
 */
public record Figure(
    String scenario,
    String figure,
    double value,
    String baseline,
    double ratio,
    String target,
    Verdict verdict,
    PeakMemory memory) {

  public static Figure of(String scenario, String figure, double value) {
    return new Figure(
        scenario, figure, value, "", Double.NaN, "", Verdict.NO_TARGET, PeakMemory.NONE);
  }

  public Figure against(String newBaseline, double newRatio) {
    return new Figure(scenario, figure, value, newBaseline, newRatio, target, verdict, memory);
  }

  public Figure target(String newTarget, boolean met) {
    return new Figure(scenario, figure, value, baseline, ratio, newTarget, Verdict.of(met), memory);
  }

  public Figure withMemory(PeakMemory newMemory) {
    return new Figure(scenario, figure, value, baseline, ratio, target, verdict, newMemory);
  }

  String ratioCell() {
    return Double.isNaN(ratio) ? "" : Numbers.ratio(ratio);
  }
}
