package org.bridgehead.admin.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Objects as an aligned table (people) or as JSON (scripts). */
public final class Printer {
  public enum Format { TABLE, JSON }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_CELL = 60;

  private Printer() {}

  public static void print(PrintWriter out, JsonNode value, List<String> columns, Format format) {
    if (format == Format.JSON) {
      try {
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      return;
    }
    if (!value.isArray()) {
      list(out, value, columns);
      return;
    }
    List<JsonNode> rows = new ArrayList<>();
    value.forEach(rows::add);
    if (rows.isEmpty()) {
      out.println("(none)");
      return;
    }
    List<String> cols = columns.isEmpty() ? fieldsOf(rows.get(0)) : columns;
    int[] width = new int[cols.size()];
    List<String[]> cells = new ArrayList<>();
    for (int i = 0; i < cols.size(); i++) width[i] = header(cols.get(i)).length();
    for (JsonNode row : rows) {
      String[] line = new String[cols.size()];
      for (int i = 0; i < cols.size(); i++) {
        line[i] = cell(row.path(cols.get(i)));
        width[i] = Math.max(width[i], line[i].length());
      }
      cells.add(line);
    }
    StringBuilder head = new StringBuilder();
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < cols.size(); i++) {
      head.append(pad(header(cols.get(i)), width[i], i == cols.size() - 1));
      rule.append(pad("-".repeat(width[i]), width[i], i == cols.size() - 1));
    }
    out.println(head.toString().stripTrailing());
    out.println(rule.toString().stripTrailing());
    for (String[] line : cells) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < line.length; i++) b.append(pad(line[i], width[i], i == line.length - 1));
      out.println(b.toString().stripTrailing());
    }
  }

  /** One object as {@code Property : value} lines, like PowerShell's Format-List. */
  private static void list(PrintWriter out, JsonNode value, List<String> columns) {
    List<String> fields = new ArrayList<>(columns.isEmpty() ? fieldsOf(value) : columns);
    fieldsOf(value).stream().filter(f -> !fields.contains(f)).forEach(fields::add);
    int width = fields.stream().mapToInt(f -> header(f).length()).max().orElse(0);
    for (String f : fields) out.println(header(f) + " ".repeat(width - header(f).length()) + " : " + cell(value.path(f)));
  }

  private static List<String> fieldsOf(JsonNode row) {
    List<String> names = new ArrayList<>();
    row.fieldNames().forEachRemaining(n -> {
      if (!n.equals("warnings")) names.add(n);
    });
    return names;
  }

  /** {@code partnerType} → {@code PartnerType}, like the cmdlets' property names. */
  static String header(String field) {
    return Character.toUpperCase(field.charAt(0)) + field.substring(1);
  }

  static String cell(JsonNode v) {
    String s;
    if (v.isMissingNode() || v.isNull()) s = "";
    else if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> parts.add(x.isValueNode() ? x.asText() : x.toString()));
      s = String.join(",", parts);
    } else if (v.isValueNode()) s = v.asText();
    else s = v.toString();
    return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
  }

  private static String pad(String s, int width, boolean last) {
    return last ? s : s + " ".repeat(width - s.length() + 2);
  }
}
