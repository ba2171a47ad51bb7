package org.bridgehead.server.cli;

import java.util.List;
import java.util.Map;

/**
 * The JVM options a node runs with under {@code bridgehead start}, {@code ./bridgehead run} and (written
 * out by hand) {@code packaging/bridgehead.service}: G1 with a heap that starts small and is shrunk back to
 * at most 25 % free, 1 MiB regions (a burst's heap goes back to the system once the node is quiet:
 * {@code run} starts {@link org.bridgehead.server.jvm.HeapTrim}, which asks for G1's periodic collection
 * then and only then), Netty pool chunks of 1 MiB instead of 4 MiB, and, for the JDK's TLS engine where
 * BoringSSL does not load, TLS 1.3 session tickets that name a cached session instead of carrying it
 * (see EdgeTlsContexts.SERVER_SESSION_CACHE). Netty's buffers are direct: BoringSSL reads and writes
 * them without a copy.
 * The serial collector with a 16 MiB young generation halves the memory of idle streams but stops the
 * world for hundreds of milliseconds under routing load (measured side by side: bench/FINDINGS.md), so
 * it is only the choice for a node that holds many idle streams and routes little.
 */
public final class NodeJvmOptions {
  /** Replaces {@link #RECOMMENDED} entirely when set (whitespace-separated). */
  public static final String ENVIRONMENT = "BRIDGEHEAD_JAVA_OPTS";

  public static final List<String> RECOMMENDED = List.of(
      "-XX:+UseG1GC", "-Xms32m", "-Xmx1g", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=25", "-XX:G1HeapRegionSize=1m",
      "-Dio.netty.allocator.maxOrder=7", "-Djdk.tls.server.enableSessionTicketExtension=false");

  private NodeJvmOptions() {}

  /** {@link #ENVIRONMENT}'s options when set and not blank, else {@link #RECOMMENDED}. */
  public static List<String> forNode(Map<String, String> environment) {
    String value = environment.get(ENVIRONMENT);
    if (value == null || value.isBlank()) return RECOMMENDED;
    return List.of(value.strip().split("\\s+"));
  }
}
