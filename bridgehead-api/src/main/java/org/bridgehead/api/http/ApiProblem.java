package org.bridgehead.api.http;

import java.util.Map;

/**
 * An RFC 9457 problem raised by the API itself (as opposed to the services' exceptions, which
 * {@link ProblemRenderer} maps too).
 *
 * @param kind the last segment of the problem type URI, e.g. {@code bad-request}
 */
public final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String kind;
  private final String title;
  private final transient Map<String, Object> extra;

  public ApiProblem(int status, String kind, String title, String detail, Map<String, Object> extra) {
    super(detail);
    this.status = status;
    this.kind = kind;
    this.title = title;
    this.extra = Map.copyOf(extra);
  }

  public static ApiProblem badRequest(String field, String detail) {
    return new ApiProblem(400, "bad-request", "Bad request", detail, field == null ? Map.of() : Map.of("field", field));
  }

  public static ApiProblem unauthorized() {
    return new ApiProblem(401, "unauthorized", "Authentication required",
        "log in with an administrator account (HTTP Basic)", Map.of());
  }

  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(403, "forbidden", "Not allowed", detail, Map.of());
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "not-found", "Not found", detail, Map.of());
  }

  public int status() { return status; }

  public String kind() { return kind; }

  public String title() { return title; }

  public Map<String, Object> extra() { return extra; }
}
