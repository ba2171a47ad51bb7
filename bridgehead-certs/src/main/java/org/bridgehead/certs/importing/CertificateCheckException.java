package org.bridgehead.certs.importing;

import java.util.List;
import java.util.stream.Collectors;

/** A certificate operation refused by one or more checks (the CLI's exit code 3); nothing was changed. */
public class CertificateCheckException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Finding> findings;

  public CertificateCheckException(List<Finding> findings) {
    super(findings.stream().filter(Finding::error).map(Finding::toString).collect(Collectors.joining("\n")));
    this.findings = List.copyOf(findings);
  }

  public CertificateCheckException(Finding finding) { this(List.of(finding)); }

  /** Every finding, warnings included. */
  public List<Finding> findings() { return findings; }
}
