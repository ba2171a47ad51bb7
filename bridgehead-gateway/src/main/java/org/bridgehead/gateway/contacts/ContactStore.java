package org.bridgehead.gateway.contacts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import org.bridgehead.gateway.address.SipUri;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * Contact state in the management store's database (table {@code xmpp_contact}). Updates are
 * read-modify-write in one serializable step per pair, so two concurrent presence events on one pair
 * cannot lose each other's change; a pair back to "nothing" is deleted.
 */
public final class ContactStore {
  private final Jdbi jdbi;

  public ContactStore(Jdbi jdbi) { this.jdbi = jdbi; }

  public Contact get(SipUri localUser, BareJid remote) {
    return jdbi.withHandle(h -> find(h, key(localUser), remote.toString()))
        .map(this::toContact).orElse(Contact.none(localUser, remote));
  }

  /** Applies {@code change} to the stored state of the pair and stores the result, which it returns. */
  public Contact update(SipUri localUser, BareJid remote, UnaryOperator<Contact> change) {
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.inTransaction(TransactionIsolationLevel.SERIALIZABLE, h -> updateIn(h, localUser, remote, change));
      } catch (JdbiException e) {
        // A concurrent first insert of the same pair, or a serialization failure: read again and re-apply.
        if (attempt == 3) throw e;
      }
    }
  }

  /** Every stored pair of one local user. */
  public List<Contact> contactsOf(SipUri localUser) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM xmpp_contact WHERE local_user = :u ORDER BY remote_jid")
        .bind("u", key(localUser)).map((rs, ctx) -> row(rs)).list()).stream().map(this::toContact).toList();
  }

  /** Every local user whom at least one XMPP user watches (an active subscription to their presence). */
  public List<SipUri> watchedUsers() {
    return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT local_user FROM xmpp_contact WHERE remote_to_local = :a")
        .bind("a", Subscription.ACTIVE.name()).mapTo(String.class).list()).stream().map(SipUri::parse).toList();
  }

  /** The XMPP users whose subscription to {@code localUser}'s presence is active. */
  public List<Contact> watchersOf(SipUri localUser) {
    return contactsOf(localUser).stream().filter(c -> c.remoteToLocal() == Subscription.ACTIVE).toList();
  }

  private Contact updateIn(Handle h, SipUri localUser, BareJid remote, UnaryOperator<Contact> change) {
    String user = key(localUser);
    var before = find(h, user, remote.toString()).map(this::toContact).orElse(Contact.none(localUser, remote));
    Contact after = change.apply(before);
    if (!after.localUser().equals(before.localUser()) || !after.remote().equals(before.remote())) {
      throw new IllegalArgumentException("a contact update cannot change the pair it is about");
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    if (after.isNone()) {
      h.createUpdate("DELETE FROM xmpp_contact WHERE local_user = :u AND remote_jid = :r")
          .bind("u", user).bind("r", remote.toString()).execute();
    } else if (h.createUpdate("UPDATE xmpp_contact SET local_added = :a, local_to_remote = :lr, remote_to_local = :rl,"
            + " updated_at = :t WHERE local_user = :u AND remote_jid = :r")
        .bind("a", after.localAdded()).bind("lr", after.localToRemote().name())
        .bind("rl", after.remoteToLocal().name()).bind("t", now).bind("u", user).bind("r", remote.toString())
        .execute() == 0) {
      h.createUpdate("INSERT INTO xmpp_contact (local_user, remote_jid, local_added, local_to_remote, remote_to_local,"
              + " updated_at) VALUES (:u, :r, :a, :lr, :rl, :t)")
          .bind("a", after.localAdded()).bind("lr", after.localToRemote().name())
          .bind("rl", after.remoteToLocal().name()).bind("t", now).bind("u", user).bind("r", remote.toString())
          .execute();
    }
    return after;
  }

  private record Row(String localUser, String remote, boolean added, String localToRemote, String remoteToLocal) {}

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(rs.getString("local_user"), rs.getString("remote_jid"), rs.getBoolean("local_added"),
        rs.getString("local_to_remote"), rs.getString("remote_to_local"));
  }

  private static Optional<Row> find(Handle h, String user, String remote) {
    return h.createQuery("SELECT * FROM xmpp_contact WHERE local_user = :u AND remote_jid = :r")
        .bind("u", user).bind("r", remote).map((rs, ctx) -> row(rs)).findOne();
  }

  private Contact toContact(Row r) {
    try {
      return new Contact(SipUri.parse(r.localUser()), JidCreate.bareFrom(r.remote()), r.added(),
          Subscription.valueOf(r.localToRemote()), Subscription.valueOf(r.remoteToLocal()));
    } catch (XmppStringprepException e) {
      throw new IllegalStateException("stored contact JID is invalid: " + r.remote(), e);
    }
  }

  /** Stored form of a local user: {@code sip:user@host}, the same for a sips: address. */
  private static String key(SipUri user) {
    return SipUri.of(user.user(), user.host()).toString();
  }
}
