package org.bridgehead.testkit.dns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/** The records of a {@link LoopbackDnsServer}: a synchronized map from owner name to records. */
final class DnsZone {
  /** The answer to one question: an rcode and the matching records. */
  record Lookup(int rcode, List<Record> records) {}

  private final Map<Name, List<Record>> records = new HashMap<>();
  private final Map<Name, Integer> forcedRcodes = new HashMap<>();

  synchronized void add(Record record) {
    records.computeIfAbsent(record.getName(), n -> new ArrayList<>()).add(record);
  }

  synchronized void remove(Name name, int type) {
    List<Record> list = records.get(name);
    if (list != null) {
      list.removeIf(r -> r.getType() == type);
      if (list.isEmpty()) {
        records.remove(name);
      }
    }
  }

  synchronized void removeName(Name name) {
    records.remove(name);
    forcedRcodes.remove(name);
  }

  synchronized void failWith(Name name, int rcode) {
    forcedRcodes.put(name, rcode);
  }

  synchronized void clear() {
    records.clear();
    forcedRcodes.clear();
  }

  synchronized Lookup lookup(Name name, int type) {
    Integer forced = forcedRcodes.get(name);
    if (forced != null) {
      return new Lookup(forced, List.of());
    }
    List<Record> list = records.get(name);
    if (list == null) {
      return new Lookup(Rcode.NXDOMAIN, List.of());
    }
    List<Record> matching = new ArrayList<>();
    for (Record r : list) {
      if (type == Type.ANY || r.getType() == type) {
        matching.add(r);
      }
    }
    return new Lookup(Rcode.NOERROR, List.copyOf(matching));
  }
}
