package org.bridgehead.config;

import java.util.List;

/** A configuration read by {@link ConfigFile#load} and the warnings it drew (it had no errors). */
public record LoadedConfig(NodeConfig config, List<Problem> warnings) {
  public LoadedConfig {
    warnings = List.copyOf(warnings);
  }
}
