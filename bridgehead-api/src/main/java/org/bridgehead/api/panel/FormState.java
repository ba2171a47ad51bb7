package org.bridgehead.api.panel;

import java.util.List;
import java.util.Map;
import org.bridgehead.management.validation.Problem;

/** The values a form shows and the problems beside them: its defaults, or what was sent and refused. */
record FormState(Map<String, String> values, List<Problem> errors) {
  static FormState of(Map<String, String> values) { return new FormState(values, List.of()); }

  static FormState refused(FormInput in, List<Problem> problems) { return new FormState(in.values(), problems); }
}
