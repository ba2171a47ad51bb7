package org.bridgehead.server;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (the Maven project version). */
public final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Version.class.getPackage().getImplementationVersion();
    return new String[] {"Bridgehead " + (v == null ? "development build" : v)};
  }
}
