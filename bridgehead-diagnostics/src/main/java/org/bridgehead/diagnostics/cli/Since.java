package org.bridgehead.diagnostics.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code --since}: an age ("90s", "30m", "1h", "7d") or an ISO-8601 instant ("2026-11-23T08:00:00Z"). */
final class Since {
  private static final Pattern AGE = Pattern.compile("(\\d{1,9})([smhd])");

  private Since() {}

  static Instant parse(String text, Clock clock) {
    Matcher m = AGE.matcher(text.trim());
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      Duration age = switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
      return clock.instant().minus(age);
    }
    try {
      return Instant.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--since '" + text + "': give an age such as 30m, 1h, 7d or an instant "
          + "such as 2026-11-23T08:00:00Z");
    }
  }
}
