package org.bridgehead.management.validation;

import java.util.List;
import java.util.stream.Collectors;

/** A change was refused because it breaks one or more rules; nothing was written. */
public class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public ValidationException(List<Problem> problems) {
    super(problems.stream().map(p -> p.object() + " " + p.field() + " [" + p.rule() + "]: " + p.message())
        .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public ValidationException(Problem problem) { this(List.of(problem)); }

  public List<Problem> problems() { return problems; }
}
