package org.bridgehead.management.validation;

/**
 * One broken rule, shaped like the config module's {@code Problem} so the HTTP API can render either as
 * an RFC 9457 problem detail.
 *
 * @param object the object concerned, e.g. {@code xmpp-partner fabrikam.test}
 * @param field the field, e.g. {@code sasl}
 * @param rule a stable rule name, e.g. {@code unique-domain}
 */
public record Problem(String object, String field, String rule, String message) {}
