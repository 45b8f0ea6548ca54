package io.roster.worker;

import java.util.HashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Roster service: Temporal worker, HTTP API, schedules. With no TEMPORAL_ADDRESS it runs
 * Temporal's in-memory server in real time; with no ROSTER_DB_URL, an embedded PostgreSQL.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class RosterApplication {

  /** Starts the service; the embedded Temporal server is chosen here, before the context. */
  public static ConfigurableApplicationContext start(String... args) {
    var application = new SpringApplication(RosterApplication.class);
    var defaults = new HashMap<String, Object>();
    var address = System.getenv("TEMPORAL_ADDRESS");
    defaults.put("spring.temporal.test-server.enabled", address == null || address.isBlank());
    application.setDefaultProperties(defaults);
    return application.run(args);
  }
}
