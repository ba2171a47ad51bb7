package org.bridgehead.diagnostics.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** How a diagnostics command prints: for people, or one JSON document for scripts. */
public enum OutputFormat {
  TEXT,
  JSON;

  /** "text" or "json" in any case, whether or not the root command line is case-insensitive. */
  public static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "': use text or json");
      }
    }
  }
}
