package org.bridgehead.admin.nouns;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * One settable property of a noun: its option, its JSON field, and how the option's text becomes JSON.
 *
 * @param option e.g. {@code --partner-type}
 * @param json e.g. {@code partnerType}
 */
public record Field(String option, String json, Kind kind, String description) {

  public enum Kind {
    TEXT,
    /** {@code --flag} alone means true; {@code --flag=false} turns it off. */
    FLAG,
    /** {@code --option true|false}, as the cmdlets write booleans. */
    BOOLEAN,
    NUMBER,
    /** Comma-separated. */
    LIST,
    /** Seconds, or with a unit: {@code 90s}, {@code 5m}, {@code 8h}. */
    DURATION
  }

  public static Field text(String option, String json, String description) { return new Field(option, json, Kind.TEXT, description); }

  public static Field flag(String option, String json, String description) { return new Field(option, json, Kind.FLAG, description); }

  public static Field bool(String option, String json, String description) { return new Field(option, json, Kind.BOOLEAN, description); }

  public static Field number(String option, String json, String description) { return new Field(option, json, Kind.NUMBER, description); }

  public static Field list(String option, String json, String description) { return new Field(option, json, Kind.LIST, description); }

  public static Field duration(String option, String json, String description) { return new Field(option, json, Kind.DURATION, description); }

  /** Puts the option's value into {@code body}; bad text is an IllegalArgumentException naming the option. */
  public void write(ObjectNode body, String value) {
    switch (kind) {
      case TEXT -> {
        if (value.equalsIgnoreCase("none") || value.isEmpty()) body.putNull(json);
        else body.put(json, value);
      }
      case FLAG, BOOLEAN -> body.put(json, bool(value));
      case NUMBER -> {
        if (value.equalsIgnoreCase("none")) {
          body.putNull(json);
          return;
        }
        try {
          body.put(json, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(option + ": '" + value + "' is not a number");
        }
      }
      case LIST -> {
        var array = body.putArray(json);
        Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(array::add);
      }
      case DURATION -> body.put(json, duration(value).toString());
    }
  }

  private boolean bool(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1", "$true" -> true;
      case "false", "no", "off", "0", "$false" -> false;
      default -> throw new IllegalArgumentException(option + ": '" + value + "' is not true or false");
    };
  }

  private Duration duration(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    try {
      if (v.startsWith("pt")) return Duration.parse(v.toUpperCase(Locale.ROOT));
      char unit = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
      String n = Character.isDigit(unit) ? v : v.substring(0, v.length() - 1);
      long amount = Long.parseLong(n);
      return switch (unit) {
        case 's' -> Duration.ofSeconds(amount);
        case 'm' -> Duration.ofMinutes(amount);
        case 'h' -> Duration.ofHours(amount);
        default -> {
          if (!Character.isDigit(unit)) throw new NumberFormatException();
          yield Duration.ofSeconds(amount);
        }
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(option + ": '" + value + "' is not a duration (seconds, or 90s, 5m, 8h)");
    }
  }
}
