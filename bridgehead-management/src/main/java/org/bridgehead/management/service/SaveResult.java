package org.bridgehead.management.service;

import java.util.List;
import org.bridgehead.management.model.Versioned;
import org.bridgehead.management.validation.Problem;

/** A saved object with the warnings its rules raised (saved anyway, shown to the administrator). */
public record SaveResult<T>(Versioned<T> saved, List<Problem> warnings) {

  public SaveResult {
    warnings = List.copyOf(warnings);
  }
}
