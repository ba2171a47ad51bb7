package org.bridgehead.gateway.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.management.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.impl.JidCreate;

class ContactStoreTest {
  private static final SipUri ALICE = SipUri.parse("sip:alice@contoso.test");
  @TempDir Path dir;

  private static BareJid jid(String s) throws Exception { return JidCreate.bareFrom(s); }

  @Test
  void survivesARestartOfTheStore() throws Exception {
    try (var m = ManagementService.open(StoreLocation.embedded(dir))) {
      var store = new ContactStore(m.store().jdbi());
      assertThat(store.get(ALICE, jid("bob@fabrikam.test")).isNone()).isTrue();
      store.update(SipUri.parse("sips:alice@CONTOSO.test;transport=tls"), jid("bob@fabrikam.test"),
          c -> c.withLocalAdded(true).withLocalToRemote(Subscription.PENDING));
      store.update(ALICE, jid("carol@tailspin.test"), c -> c.withRemoteToLocal(Subscription.ACTIVE));
    }
    try (var m = ManagementService.open(StoreLocation.embedded(dir))) {
      var store = new ContactStore(m.store().jdbi());
      Contact bob = store.get(ALICE, jid("bob@fabrikam.test"));
      assertThat(bob.localAdded()).isTrue();
      assertThat(bob.localToRemote()).isEqualTo(Subscription.PENDING);
      assertThat(bob.remoteToLocal()).isEqualTo(Subscription.NONE);
      assertThat(store.contactsOf(ALICE)).hasSize(2);
      assertThat(store.watchersOf(ALICE)).extracting(c -> c.remote().toString()).containsExactly("carol@tailspin.test");
    }
  }

  @Test
  void aPairBackToNothingIsForgotten() throws Exception {
    try (var m = ManagementService.open(StoreLocation.embedded(dir))) {
      var store = new ContactStore(m.store().jdbi());
      store.update(ALICE, jid("bob@fabrikam.test"), c -> c.withRemoteToLocal(Subscription.PENDING));
      store.update(ALICE, jid("bob@fabrikam.test"), c -> c.withRemoteToLocal(Subscription.NONE));
      assertThat(store.contactsOf(ALICE)).isEmpty();
      BareJid eve = jid("eve@fabrikam.test");
      assertThatThrownBy(() -> store.update(ALICE, jid("bob@fabrikam.test"), c -> Contact.none(ALICE, eve)))
          .hasMessageContaining("cannot change the pair");
    }
  }

  @Test
  void concurrentUpdatesOfOnePairAreNotLost() throws Exception {
    try (var m = ManagementService.open(StoreLocation.embedded(dir))) {
      var store = new ContactStore(m.store().jdbi());
      BareJid bob = jid("bob@fabrikam.test");
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<Contact>> done = new ArrayList<>();
      done.add(pool.submit(() -> store.update(ALICE, bob, c -> c.withLocalAdded(true))));
      done.add(pool.submit(() -> store.update(ALICE, bob, c -> c.withRemoteToLocal(Subscription.ACTIVE))));
      for (var f : done) f.get(30, TimeUnit.SECONDS);
      pool.shutdown();
      Contact c = store.get(ALICE, bob);
      assertThat(c.localAdded()).isTrue();
      assertThat(c.remoteToLocal()).isEqualTo(Subscription.ACTIVE);
    }
  }
}
