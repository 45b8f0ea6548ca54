package io.roster.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The harness at small scale, every scenario (start-up only when the worker jar is built): it must
 * produce its figures. How fast they are is BENCHMARKS.md's business, not this test's.
 */
class BenchSmallScaleTest {

  @Test
  void everyScenarioProducesItsFiguresAtSmallScale() {
    try (var context = new BenchContext(false, null)) {
      var report = BenchRun.run("test", List.of(), Scale.SMALL, context);

      assertThat(report.figures()).extracting(Figure::scenario).containsAll(BenchRun.names());
      assertThat(report.figures())
          .as("no scenario failed")
          .allSatisfy(f -> assertThat(f.value()).as(f.figure()).isNotNaN());
      assertThat(report.figures())
          .filteredOn(f -> !f.scenario().equals("startup") || context.workerJar().isPresent())
          .filteredOn(f -> !f.figure().startsWith("due rows"))
          .allSatisfy(f -> assertThat(f.value()).as(f.figure()).isPositive());
      assertThat(report.markdown())
          .contains("| scenario | figure | baseline | ratio | target |")
          .contains("| onboarding | workflow: 100 staff");
    }
  }
}
