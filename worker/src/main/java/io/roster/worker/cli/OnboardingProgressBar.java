package io.roster.worker.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The onboard command's progress: a bar on standard error over the members done (onboarded plus
 * refused) of the request, with the counts beside it.
 */
final class OnboardingProgressBar implements AutoCloseable {

  private final PrintWriter err;
  private ProgressBar bar;

  OnboardingProgressBar(PrintWriter err) {
    this.err = err;
  }

  void show(long total, long succeeded, long failed) {
    if (bar == null) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("Onboarding")
              .setInitialMax(total)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(200)
              .setConsumer(
                  new DelegatingProgressBarConsumer(
                      line -> {
                        err.print('\r');
                        err.print(line);
                        err.flush();
                      },
                      100))
              .build();
    }
    bar.maxHint(total);
    bar.stepTo(succeeded + failed);
    bar.setExtraMessage(succeeded + " onboarded, " + failed + " refused");
    bar.refresh();
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      err.println();
      err.flush();
    }
  }
}
