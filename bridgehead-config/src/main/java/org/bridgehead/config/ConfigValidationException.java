package org.bridgehead.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration was refused. Carries every problem found; {@link #field()}, {@link #rule()} and the
 * first line of the message describe the first one.
 */
public class ConfigValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public ConfigValidationException(String field, String rule, String message) {
    this(List.of(new Problem(field, field, rule, message)));
  }

  public ConfigValidationException(List<Problem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) throw new IllegalArgumentException("no problems");
    this.problems = List.copyOf(problems);
  }

  public String field() { return problems.get(0).field(); }

  public String rule() { return problems.get(0).rule(); }

  public List<Problem> problems() { return problems; }

  private static String describe(List<Problem> problems) {
    if (problems.size() == 1) return line(problems.get(0));
    return problems.size() + " configuration problems:" + problems.stream()
        .map(p -> System.lineSeparator() + "  - " + line(p)).collect(Collectors.joining());
  }

  private static String line(Problem p) {
    return p.message().startsWith(p.field() + ": ") ? p.message() : p.field() + ": " + p.message();
  }
}
