package org.bridgehead.bench;

/** Placeholder replaced below. */
final class BenchRun {
  private BenchRun() {}

  static int main(String[] args) {
    System.err.println("scenarios not built yet");
    return 1;
  }
}
