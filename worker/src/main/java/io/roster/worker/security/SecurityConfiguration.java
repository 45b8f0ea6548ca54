package io.roster.worker.security;

import io.roster.worker.api.ProblemWriter;
import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every request needs {@code Authorization: Bearer <JWT>} except the health, metrics and OpenAPI
 * documents; the token's {@code sub} is the actor. Stateless: no session, no CSRF (no cookie is
 * ever read), no login page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  /** The documents anyone may read, with or without a token. */
  private static final String[] PUBLIC = {
    "/actuator/health",
    "/actuator/health/**",
    "/actuator/prometheus",
    "/actuator/info",
    "/api/v1/openapi.json",
    "/api/v1/openapi.json/**"
  };

  @Bean
  TokenSettings tokenSettings(Environment environment) {
    var settings = TokenSettings.from(environment);
    switch (settings.mode()) {
      case SECRET -> log.info("HTTP API: bearer tokens signed HS256 with ROSTER_JWT_SECRET");
      case JWKS -> log.info("HTTP API: bearer tokens signed RS256 by {}", settings.jwksUrl());
      case DEVELOPMENT ->
          log.warn(
              "HTTP API: development access, bearer tokens signed HS256 with the secret in {}"
                  + " (set ROSTER_JWT_SECRET or ROSTER_JWT_JWKS_URL for real use)",
              settings.devSecretFile());
    }
    return settings;
  }

  /**
   * Tomcat would refuse an encoded slash in the path with its own HTML page; passed through, it
   * reaches Spring Security's firewall, which refuses it as problem+json (ProblemRequestRejected
   * Handler). Nothing downstream ever decodes it into a path separator.
   */
  @Bean
  TomcatConnectorCustomizer encodedSlashReachesTheFirewall() {
    return connector ->
        connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
  }

  @Bean
  JwtDecoder jwtDecoder(TokenSettings settings) {
    return RosterJwtDecoders.create(settings);
  }

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder, ProblemWriter writer)
      throws Exception {
    var entryPoint = new ProblemAuthenticationEntryPoint(writer);
    var denied = new ProblemAccessDeniedHandler(writer);
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .authorizeHttpRequests(
            requests ->
                requests
                    .dispatcherTypeMatchers(DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers(PUBLIC)
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .oauth2ResourceServer(
            resource ->
                resource
                    .bearerTokenResolver(ignoredOnPublicDocuments())
                    .jwt(jwt -> jwt.decoder(decoder))
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(denied))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied));
    return http.build();
  }

  /**
   * The bearer token of a request, except on the public documents: a probe or gateway that sends a
   * stale token there still gets the health or the OpenAPI document, not 401.
   */
  private static BearerTokenResolver ignoredOnPublicDocuments() {
    RequestMatcher publicDocuments =
        new OrRequestMatcher(
            Arrays.stream(PUBLIC)
                .map(
                    path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
                .toList());
    var bearer = new DefaultBearerTokenResolver();
    return request -> publicDocuments.matches(request) ? null : bearer.resolve(request);
  }
}
