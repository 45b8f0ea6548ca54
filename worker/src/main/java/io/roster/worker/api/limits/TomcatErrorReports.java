package io.roster.worker.api.limits;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Installs {@link ProblemErrorReportValve} as the error report valve of Tomcat's host. */
@Configuration(proxyBeanMethods = false)
class TomcatErrorReports {

  @Bean
  TomcatContextCustomizer problemErrorReports() {
    return context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
      }
    };
  }
}
