package org.bridgehead.server.cli;

import java.util.List;
import java.util.Map;

/**
 * The JVM options a node runs with under {@code bridgehead start} (and, written out by hand, in
 * {@code packaging/bridgehead.service}). An idle S2S stream keeps only a few KiB of live heap; these
 * keep the process's resident memory near that live set instead of near the largest heap it ever grew:
 * the serial collector (no G1 remembered sets or mark bitmaps, a 2-core edge has nothing to run a
 * concurrent collector on), a fixed small young generation (handshake garbage dies there), and an old
 * generation shrunk back to at most 25 % free after a collection, and Netty pool chunks of 1 MiB instead
 * of 4 MiB (one heap and one direct chunk per event loop stays allocated), and TLS 1.3 session tickets
 * that name a cached session instead of carrying it (see EdgeTlsContexts.SERVER_SESSION_CACHE).
 * Measurements: bench/FINDINGS.md.
 */
public final class NodeJvmOptions {
  /** Replaces {@link #RECOMMENDED} entirely when set (whitespace-separated). */
  public static final String ENVIRONMENT = "BRIDGEHEAD_JAVA_OPTS";

  public static final List<String> RECOMMENDED = List.of(
      "-XX:+UseSerialGC", "-Xms32m", "-Xmx1g", "-Xmn16m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=25",
      "-Dio.netty.allocator.maxOrder=7", "-Djdk.tls.server.enableSessionTicketExtension=false");

  private NodeJvmOptions() {}

  /** {@link #ENVIRONMENT}'s options when set and not blank, else {@link #RECOMMENDED}. */
  public static List<String> forNode(Map<String, String> environment) {
    String value = environment.get(ENVIRONMENT);
    if (value == null || value.isBlank()) return RECOMMENDED;
    return List.of(value.strip().split("\\s+"));
  }
}
