package io.roster.worker.security;

import io.roster.worker.api.ApiProblem;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves a controller's {@link Caller} parameter from the token and the Idempotency-Key. */
public final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

  public static final String HEADER = "Idempotency-Key";
  private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,128}$");

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return Caller.class.equals(parameter.getParameterType());
  }

  @Override
  public Caller resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binderFactory) {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
      throw new IllegalStateException("no bearer token on an authenticated route");
    }
    var actor = UUID.fromString(jwt.getSubject());
    var method =
        HttpMethod.valueOf(
            request.getNativeRequest(jakarta.servlet.http.HttpServletRequest.class).getMethod());
    if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) {
      return new Caller(actor, null);
    }
    var key = request.getHeader(HEADER);
    if (key == null || key.isEmpty()) {
      if (HttpMethod.POST.equals(method)) {
        throw ApiProblem.invalid(
            "idempotency_key_required", HEADER, "every POST needs an Idempotency-Key header");
      }
      key = "auto-" + UUID.randomUUID();
    } else if (!KEY.matcher(key).matches()) {
      throw ApiProblem.invalid(
          "invalid_idempotency_key",
          HEADER,
          "Idempotency-Key must be 1 to 128 visible ASCII characters");
    }
    return new Caller(actor, "api/" + actor + "/" + key);
  }
}
