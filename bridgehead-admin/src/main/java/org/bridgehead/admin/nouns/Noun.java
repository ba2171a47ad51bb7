package org.bridgehead.admin.nouns;

import java.util.List;

/**
 * One administration noun (an object type of the Lync cmdlets) and how it maps onto the API.
 *
 * @param path the API collection, e.g. {@code /xmpp-partners}
 * @param keyField the JSON field holding the key, or null for a settings object without one
 * @param keyLabel e.g. {@code DOMAIN}
 * @param columns the JSON fields shown as table columns, in order
 * @param setOnly true when {@code set} may create (no version needed), e.g. a site's federation route
 */
public record Noun(String name, String cmdlets, String path, String keyField, String keyLabel, List<String> columns,
    List<Field> fields, boolean setOnly) {

  public boolean singleton() { return keyField == null; }

  static Noun collection(String name, String cmdlets, String path, String keyField, String keyLabel,
      List<String> columns, List<Field> fields) {
    return new Noun(name, cmdlets, path, keyField, keyLabel, columns, fields, false);
  }
}
