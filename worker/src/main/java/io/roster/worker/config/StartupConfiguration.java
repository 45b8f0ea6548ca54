package io.roster.worker.config;

import io.roster.db.DatabaseSettings;
import io.roster.worker.observability.SearchAttributeRegistrar;
import io.roster.worker.observability.StartupState;
import io.roster.worker.observability.TemporalProbe;
import io.roster.worker.schedules.SweepSchedules;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The start-up sequence and the worker's graceful stop (see {@link ServiceStartup}). */
@Configuration(proxyBeanMethods = false)
class StartupConfiguration {

  @Bean
  ServiceStartup serviceStartup(
      DataSource dataSource,
      DatabaseSettings databaseSettings,
      TemporalProbe temporalProbe,
      SearchAttributeRegistrar searchAttributes,
      WorkerFactory workerFactory,
      SweepSchedules sweepSchedules,
      @Value("${roster.schedules.enabled:true}") boolean schedulesEnabled,
      StartupState startupState,
      @Value("${roster.startup.max-retry-interval:15s}") Duration maxRetryInterval,
      @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration grace) {
    return new ServiceStartup(
        dataSource,
        databaseSettings,
        temporalProbe,
        searchAttributes,
        workerFactory,
        sweepSchedules,
        schedulesEnabled,
        startupState,
        maxRetryInterval,
        grace);
  }
}
