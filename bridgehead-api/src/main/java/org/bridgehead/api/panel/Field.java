package org.bridgehead.api.panel;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One form field: its input name (the service's field name, so a refusal's {@code field} lands beside
 * it), label, kind, choices and the default shown next to it.
 */
record Field(String name, String label, Kind kind, List<Option> options, String defaultText, String help) {
  enum Kind { TEXT, PASSWORD, NUMBER, CHECKBOX, SELECT, FIXED, TEXTAREA, CHECKBOXES }

  record Option(String value, String label) {}

  static Field text(String name, String label, String defaultText) {
    return new Field(name, label, Kind.TEXT, List.of(), defaultText, null);
  }

  static Field number(String name, String label, String defaultText) {
    return new Field(name, label, Kind.NUMBER, List.of(), defaultText, null);
  }

  static Field password(String name, String label, String help) {
    return new Field(name, label, Kind.PASSWORD, List.of(), null, help);
  }

  static Field checkbox(String name, String label, boolean defaultValue) {
    return new Field(name, label, Kind.CHECKBOX, List.of(), defaultValue ? "on" : "off", null);
  }

  /** Several lines of text (a PEM file pasted in). */
  static Field textarea(String name, String label, String defaultText) {
    return new Field(name, label, Kind.TEXTAREA, List.of(), defaultText, null);
  }

  /** One checkbox per option under one name; the value is the ticked options' values, comma-separated. */
  static Field checkboxes(String name, String label, List<Option> options, String defaultText) {
    return new Field(name, label, Kind.CHECKBOXES, options, defaultText, null);
  }

  /** Shown, not editable (a key such as a partner's primary domain). */
  static Field fixed(String name, String label) {
    return new Field(name, label, Kind.FIXED, List.of(), null, null);
  }

  static Field select(String name, String label, List<Option> options, String defaultText) {
    return new Field(name, label, Kind.SELECT, options, defaultText, null);
  }

  /** Choices from an enum, labelled as Lync writes them ({@code NOT_SUPPORTED} is "NotSupported"). */
  static <E extends Enum<E>> Field choice(String name, String label, Class<E> type, E defaultValue) {
    List<Option> options = Arrays.stream(type.getEnumConstants()).map(e -> new Option(e.name(), lync(e))).toList();
    return select(name, label, options, lync(defaultValue));
  }

  Field help(String text) { return new Field(name, label, kind, options, defaultText, text); }

  static String lync(Enum<?> e) {
    if (e == null) return "";
    StringBuilder b = new StringBuilder();
    for (String part : e.name().split("_")) {
      b.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }
}
