package org.bridgehead.certs.request;

import java.util.List;
import java.util.regex.Pattern;
import org.bridgehead.management.validation.Checks;

/**
 * What the administrator asks the CA for (Lync's "new certificate request" pages).
 *
 * @param friendlyName the name the wizard and CLI use for this certificate
 * @param country two letters (ISO 3166), e.g. {@code US}
 * @param plan subject CN, SANs and the XMPP domains the certificate must cover (from {@link SanPlanner})
 */
public record CertificateRequest(String friendlyName, KeyType keyType, boolean exportable, String organization,
    String unit, String country, String state, String city, SanPlan plan) {

  private static final Pattern FRIENDLY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._()-]{0,99}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  public CertificateRequest {
    keyType = keyType == null ? KeyType.DEFAULT : keyType;
    country = country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
  }

  /** Throws a ValidationException naming every field that is wrong. */
  public CertificateRequest validate() {
    Checks c = new Checks("certificate " + friendlyName);
    c.required(friendlyName, "friendly-name");
    if (friendlyName != null && !friendlyName.isBlank()) {
      c.require(FRIENDLY.matcher(friendlyName).matches(), "friendly-name", "pattern",
          "friendly name: 1-100 letters, digits, spaces and . _ ( ) -, starting with a letter or digit");
    }
    c.required(organization, "organization");
    c.required(country, "country");
    if (country != null && !country.isBlank()) {
      c.require(COUNTRY.matcher(country).matches(), "country", "iso-3166",
          "country must be two letters (ISO 3166-1 alpha-2, e.g. US, DE), was '" + country + "'");
    }
    for (var f : List.of(new String[] {"organization", organization}, new String[] {"unit", unit},
        new String[] {"state", state}, new String[] {"city", city})) {
      c.require(f[1] == null || f[1].length() <= 64, f[0], "length", f[0] + " is at most 64 characters (X.520)");
    }
    c.require(plan != null && plan.subjectCn() != null, "subject", "required",
        "a subject name is required (give an edge pool, an XMPP domain or --subject)");
    c.throwIfAny();
    return this;
  }
}
