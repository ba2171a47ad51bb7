package org.bridgehead.bench.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgehead.bench.load.MessageLedger;

/** Every figure of a run by server, the correctness counts of every message scenario, and notes. */
public final class Results {
  /** One measured quantity; {@code higherBetter} decides how the ratio column reads. */
  public record Figure(String scenario, String metric, String unit, boolean higherBetter) {}

  /** The ledger of one scenario run on one server. */
  public record Check(String scenario, String server, MessageLedger.Counts counts) {
    public boolean ok() { return counts.lost() == 0 && counts.duplicates() == 0 && counts.sent() > 0; }
  }

  private final Map<Figure, Map<String, Double>> figures = new LinkedHashMap<>();
  private final List<Check> checks = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  public synchronized void put(Figure f, String server, double value) {
    figures.computeIfAbsent(f, k -> new LinkedHashMap<>()).put(server, value);
  }

  public synchronized void check(String scenario, String server, MessageLedger.Counts counts) {
    checks.add(new Check(scenario, server, counts));
  }

  public synchronized void note(String text) {
    notes.add(text);
  }

  public synchronized Map<Figure, Map<String, Double>> figures() { return new LinkedHashMap<>(figures); }

  public synchronized List<Check> checks() { return List.copyOf(checks); }

  public synchronized List<String> notes() { return List.copyOf(notes); }
}
