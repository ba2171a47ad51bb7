package org.bridgehead.config;

/**
 * One validation error or warning.
 *
 * @param object what is wrong, for people: {@code partner fabrikam.test}, {@code gateway}, {@code edge},
 *     {@code node}
 * @param field path of the offending value, as in the config file: {@code tls},
 *     {@code partners[0].additionalDomains[1]}, {@code gateway.keepAliveInterval}
 * @param rule short stable name of the rule, e.g. {@code negotiation-matrix}, {@code domain-syntax}
 * @param message what is wrong, in words
 */
public record Problem(String object, String field, String rule, String message) {

  @Override
  public String toString() { return field + ": " + message + " [" + rule + "]"; }
}
