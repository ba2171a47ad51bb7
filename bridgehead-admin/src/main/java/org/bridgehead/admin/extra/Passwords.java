package org.bridgehead.admin.extra;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads a new password without it ever being an argument (which `ps` and shell history would show). */
final class Passwords {
  private Passwords() {}

  static String read(Path file, boolean stdin, String what) {
    if (file != null && stdin) throw new IllegalArgumentException("give --password-file or --password-stdin, not both");
    try {
      if (file != null) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) throw new IllegalArgumentException(file + " is empty");
        return lines.get(0);
      }
      if (stdin) {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) throw new IllegalArgumentException("no password on standard input");
        return line;
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the password: " + e.getMessage());
    }
    Console console = System.console();
    if (console == null) {
      throw new IllegalArgumentException("no console to ask for the " + what + ": use --password-file or --password-stdin");
    }
    char[] first = console.readPassword("New %s: ", what);
    char[] second = console.readPassword("Again: ");
    if (first == null || second == null || !Arrays.equals(first, second)) {
      throw new IllegalArgumentException("the two passwords differ");
    }
    return new String(first);
  }
}
