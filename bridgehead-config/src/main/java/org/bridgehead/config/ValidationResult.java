package org.bridgehead.config;

import java.util.List;

/** What {@link PartnerValidator} found: errors refuse the configuration, warnings do not. */
public record ValidationResult(List<Problem> errors, List<Problem> warnings) {

  public ValidationResult {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  public boolean valid() { return errors.isEmpty(); }

  /** Throws every error as one {@link ConfigValidationException}; returns this when there is none. */
  public ValidationResult orThrow() {
    if (!errors.isEmpty()) throw new ConfigValidationException(errors);
    return this;
  }
}
