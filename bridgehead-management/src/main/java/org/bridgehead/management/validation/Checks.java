package org.bridgehead.management.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects problems for one object, then throws them all at once so the caller sees every broken rule. */
public final class Checks {
  // RFC 1123 host name: labels of letters, digits and inner hyphens; at least one dot.
  private static final Pattern FQDN = Pattern.compile(
      "(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");

  private final String object;
  private final List<Problem> problems = new ArrayList<>();

  public Checks(String object) { this.object = object; }

  public static boolean isFqdn(String s) { return s != null && FQDN.matcher(s).matches(); }

  public Checks add(String field, String rule, String message) {
    problems.add(new Problem(object, field, rule, message));
    return this;
  }

  public Checks require(boolean ok, String field, String rule, String message) {
    return ok ? this : add(field, rule, message);
  }

  public Checks required(String value, String field) {
    return require(value != null && !value.isBlank(), field, "required", field + " is required");
  }

  public Checks fqdn(String value, String field, boolean optional) {
    if (value == null || value.isBlank()) return optional ? this : required(value, field);
    return require(isFqdn(value), field, "fqdn", "'" + value + "' is not a fully qualified domain name");
  }

  public Checks range(long value, long min, long max, String field) {
    return require(value >= min && value <= max, field, "range",
        field + " must be between " + min + " and " + max + ", was " + value);
  }

  public Checks addAll(List<Problem> more) {
    problems.addAll(more);
    return this;
  }

  public List<Problem> problems() { return List.copyOf(problems); }

  public void throwIfAny() {
    if (!problems.isEmpty()) throw new ValidationException(problems);
  }
}
