package org.bridgehead.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.bridgehead.config.PartnerType;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.management.model.ExternalAccessPolicy;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.model.PolicyIdentity;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.management.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;

/** Remembered facts never outlive a change: the next use after a committed change sees it. */
class UserAccessTest {
  static final SipUri ALICE = SipUri.parse("sip:alice@contoso.test");
  @TempDir Path dir;
  ManagementService store;
  UserAccess access;

  @BeforeEach
  void open() {
    store = ManagementService.open(StoreLocation.embedded(dir));
    access = new UserAccess(store);
  }

  @AfterEach
  void close() {
    access.close();
    store.close();
  }

  @Test
  void aNewUserAndAPolicyChangeApplyAtOnce() {
    assertThat(access.isUser(ALICE)).isFalse();
    assertThat(access.xmppAccess(ALICE)).isFalse();
    store.users().create(LocalUser.of(ALICE.toString(), "Alice", null), null, "test");
    assertThat(access.isUser(ALICE)).isTrue();
    setGlobalXmppAccess(true);
    assertThat(access.xmppAccess(ALICE)).isTrue();
    assertThat(access.xmppAccess(ALICE)).isTrue(); // remembered
    setGlobalXmppAccess(false);
    assertThat(access.xmppAccess(ALICE)).isFalse();
  }

  @Test
  void aPartnerChangeAppliesAtOnce() throws Exception {
    DomainBareJid fabrikam = JidCreate.domainBareFrom("fabrikam.test");
    assertThat(access.partnerType(fabrikam)).isEqualTo(PartnerType.PUBLIC_UNVERIFIED);
    store.partners().create(XmppPartner.builder(fabrikam).partnerType(PartnerType.FEDERATED).build(), "test");
    assertThat(access.partnerType(fabrikam)).isEqualTo(PartnerType.FEDERATED);
  }

  @Test
  void aChangeNotHeardInProcessIsSeenByTheChangeCounter() {
    store.users().create(LocalUser.of(ALICE.toString(), "Alice", null), null, "test");
    setGlobalXmppAccess(true);
    assertThat(access.xmppAccess(ALICE)).isTrue();
    access.close(); // stands for another node of the pool: this process's listener hears nothing
    setGlobalXmppAccess(false);
    assertThat(access.xmppAccess(ALICE)).isTrue();
    access.refreshIfChanged();
    assertThat(access.xmppAccess(ALICE)).isFalse();
  }

  private void setGlobalXmppAccess(boolean on) {
    var global = store.policies().find(PolicyIdentity.GLOBAL).orElseThrow();
    store.policies().update(new ExternalAccessPolicy(PolicyIdentity.GLOBAL, "", true, true, on, true, global.version()),
        "test");
  }
}
