package org.bridgehead.management.service;

import java.util.List;
import org.bridgehead.management.validation.Problem;

/** What a config import did: partners created and replaced, and the warnings their rules raised. */
public record ImportResult(int partnersCreated, int partnersUpdated, List<Problem> warnings) {

  public ImportResult {
    warnings = List.copyOf(warnings);
  }
}
