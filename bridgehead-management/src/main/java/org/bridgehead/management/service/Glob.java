package org.bridgehead.management.service;

import java.util.Locale;
import java.util.regex.Pattern;

/** Get-cmdlet filters: {@code *} any run, {@code ?} one character, case-insensitive; null or blank matches all. */
public final class Glob {
  private Glob() {}

  public static boolean matches(String pattern, String value) {
    if (pattern == null || pattern.isBlank()) return true;
    StringBuilder re = new StringBuilder();
    for (char c : pattern.strip().toCharArray()) {
      if (c == '*') re.append(".*");
      else if (c == '?') re.append('.');
      else re.append(Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(value.toLowerCase(Locale.ROOT)).matches();
  }
}
