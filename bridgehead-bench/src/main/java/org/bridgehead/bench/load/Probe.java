package org.bridgehead.bench.load;

/**
 * What a load message carries so that the receiving end can count it: a sequence number unique in the
 * run and the time it was due to be sent (System.nanoTime of this JVM; both ends run here).
 */
public record Probe(long seq, long dueNanos) {
  private static final String PREFIX = "bench ";

  public String body() {
    return PREFIX + seq + ' ' + dueNanos;
  }

  /** The probe in a received body, or null when the body is not one of ours. */
  public static Probe parse(String body) {
    if (body == null) return null;
    int start = body.indexOf(PREFIX);
    if (start < 0) return null;
    String[] f = body.substring(start + PREFIX.length()).trim().split("\\s+");
    if (f.length < 2) return null;
    try {
      return new Probe(Long.parseLong(f[0]), Long.parseLong(f[1]));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
