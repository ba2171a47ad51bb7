package org.bridgehead.management.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.bridgehead.management.store.StoreLocation;

/**
 * A throw-away PostgreSQL 15 cluster from Debian's binaries, started once per test JVM on 127.0.0.1 and a
 * free port, stopped (and its files deleted) when the JVM exits. Each test gets its own database.
 * Missing binaries fail the tests: a CI machine without PostgreSQL must not pass by skipping them.
 */
public final class PostgresCluster {
  public static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
  private static PostgresCluster instance;

  private final Path dir;
  private final int port;
  private final AtomicInteger databases = new AtomicInteger();

  private PostgresCluster(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  public static synchronized PostgresCluster get() {
    if (instance == null) instance = start();
    return instance;
  }

  /** A new empty database in the cluster. */
  public StoreLocation newDatabase() {
    String name = "bh_test_" + databases.incrementAndGet();
    try (Connection c = DriverManager.getConnection(url("postgres"), "bridgehead", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return StoreLocation.jdbc(url(name), "bridgehead", "");
  }

  private String url(String db) { return "jdbc:postgresql://127.0.0.1:" + port + "/" + db; }

  private static PostgresCluster start() {
    if (!Files.isExecutable(BIN.resolve("initdb"))) {
      throw new IllegalStateException("PostgreSQL 15 is not installed (no " + BIN.resolve("initdb")
          + "); run .ci/install-postgres.sh. The store tests need a real PostgreSQL server and are not skipped.");
    }
    try {
      Path dir = Files.createTempDirectory("bridgehead-pg");
      Path data = dir.resolve("data");
      int port = freePort();
      if (isRoot()) run(List.of("chown", "postgres:postgres", dir.toString()), false);
      run(List.of(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", "bridgehead", "--auth=trust",
          "-E", "UTF8", "--no-sync"), true);
      run(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
          "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir + " -c fsync=off", "-w", "start"), true);
      PostgresCluster cluster = new PostgresCluster(dir, port);
      Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "postgres-test-cluster-stop"));
      return cluster;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the PostgreSQL test cluster", e);
    }
  }

  private void stop() {
    try {
      run(List.of(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "stop", "-m", "fast"), true);
    } catch (RuntimeException e) {
      System.err.println("stopping the PostgreSQL test cluster failed: " + e.getMessage());
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("cannot delete " + dir + ": " + e.getMessage());
    }
  }

  /** Runs a command, as the postgres OS user when we are root (PostgreSQL refuses to run as root). */
  private static void run(List<String> command, boolean asPostgres) {
    List<String> full = new ArrayList<>();
    if (asPostgres && isRoot()) full.addAll(List.of("runuser", "-u", "postgres", "--"));
    full.addAll(command);
    try {
      Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("command failed: " + String.join(" ", full) + "\n" + out);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + full, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + full, e);
    }
  }

  private static boolean isRoot() { return "root".equals(System.getProperty("user.name")); }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
