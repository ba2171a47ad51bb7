package org.bridgehead.gateway.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.EntityFullJid;
import org.jxmpp.jid.impl.JidCreate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressMapperTest {
  private final AddressMapper mapper = new AddressMapper();

  private static EntityBareJid bare(String s) throws Exception { return JidCreate.entityBareFrom(s); }

  private static EntityFullJid full(String s) throws Exception { return JidCreate.entityFullFrom(s); }

  /** Every row of the XEP-0106 §3 table, as the SIP URI writes the character and as the JID escapes it. */
  @ParameterizedTest(name = "{0} <-> {1}")
  @CsvSource(delimiter = '|', value = {
      "sip:john%20doe@example.test | john\\20doe@example.test",
      "sip:a%22b@example.test | a\\22b@example.test",
      "sip:a&b@example.test | a\\26b@example.test",
      "sip:o'brien@example.test | o\\27brien@example.test",
      "sip:a/b@example.test | a\\2fb@example.test",
      "sip:a%3Ab@example.test | a\\3ab@example.test",
      "sip:a%3Cb@example.test | a\\3cb@example.test",
      "sip:a%3Eb@example.test | a\\3eb@example.test",
      "sip:a%40b@example.test | a\\40b@example.test",
      "sip:a%5C20b@example.test | a\\5c20b@example.test",
      "sip:a%5Cb@example.test | a\\b@example.test",
      "sip:j%C3%BCrgen@example.test | jürgen@example.test",
      "sip:alice.smith+x@example.test | alice.smith+x@example.test"})
  void addressOfRecordMapsBothWays(String sip, String jid) throws Exception {
    assertThat((Object) mapper.toBareJid(SipUri.parse(sip))).isEqualTo(bare(jid));
    assertThat((Object) mapper.toSip(bare(jid))).hasToString(sip);
  }

  @Test
  void escapingTableHasTheTenCharactersOfXep0106() {
    assertThat(Xep0106.ESCAPES).hasSize(10);
    assertThat(Xep0106.unescape("a\\2Fb\\zz\\")).isEqualTo("a/b\\zz\\");
    assertThat(Xep0106.escape("back\\slash\\")).isEqualTo("back\\slash\\");
  }

  @Test
  void sipSideDetailsThatAreNotPartOfTheAddressAreDropped() throws Exception {
    assertThat((Object) mapper.toBareJid(SipUri.parse("sips:Alice@Example.TEST:5061;transport=tls")))
        .isEqualTo(bare("alice@example.test"));
    assertThat((Object) mapper.toJid(SipUri.parse("sip:alice@example.test;transport=tcp"))).isEqualTo(bare("alice@example.test"));
  }

  @Test
  void gruuMapsToFullJidAndBack() throws Exception {
    SipUri gruu = SipUri.parse("sip:alice@example.test;gr=urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
    EntityFullJid jid = full("alice@example.test/urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
    assertThat((Object) mapper.toFullJid(gruu)).isEqualTo(jid);
    assertThat((Object) mapper.toJid(gruu)).isEqualTo(jid);
    assertThat((Object) mapper.toSip(jid)).isEqualTo(gruu);
    assertThat((Object) mapper.toBareJid(gruu)).isEqualTo(bare("alice@example.test"));
  }

  @Test
  void resourceCharactersAreEncodedInTheGrParameter() throws Exception {
    EntityFullJid jid = full("bob@example.test/Home Laptop;ü");
    SipUri gruu = mapper.toSip(jid);
    assertThat(gruu).hasToString("sip:bob@example.test;gr=Home%20Laptop%3B%C3%BC");
    assertThat((Object) mapper.toFullJid(SipUri.parse(gruu.toString()))).isEqualTo(jid);
  }

  @Test
  void domainTableMapsBothWaysAndRefusesTheAliasedSide() throws Exception {
    AddressMapper aliased = new AddressMapper(Map.of("sip.contoso.test", "Contoso.TEST"));
    assertThat((Object) aliased.toBareJid(SipUri.parse("sip:bob@sip.contoso.test"))).isEqualTo(bare("bob@contoso.test"));
    assertThat((Object) aliased.toSip(bare("bob@contoso.test"))).hasToString("sip:bob@sip.contoso.test");
    assertThat((Object) aliased.toBareJid(SipUri.parse("sip:bob@other.test"))).isEqualTo(bare("bob@other.test"));
    assertThatThrownBy(() -> aliased.toSip(bare("bob@sip.contoso.test")))
        .isInstanceOf(AddressMappingException.class).hasMessageContaining("mapped from another SIP domain");
    assertThatThrownBy(() -> aliased.toBareJid(SipUri.parse("sip:bob@contoso.test")))
        .isInstanceOf(AddressMappingException.class).hasMessageContaining("mapped from another XMPP domain");
    assertThatThrownBy(() -> new AddressMapper(Map.of("a.test", "x.test", "b.test", "x.test")))
        .hasMessageContaining("one-to-one");
  }

  @Test
  void internationalDomainBecomesItsAsciiForm() throws Exception {
    assertThat((Object) mapper.toSip(bare("anna@bücher.test"))).hasToString("sip:anna@xn--bcher-kva.test");
    assertThat((Object) mapper.toBareJid(SipUri.parse("sip:anna@xn--bcher-kva.test"))).isEqualTo(bare("anna@xn--bcher-kva.test"));
  }

  @Test
  void unmappableAddressesAreRefusedWithTheReason() {
    assertThatThrownBy(() -> mapper.toBareJid(SipUri.parse("sip:example.test")))
        .isInstanceOf(AddressMappingException.class).hasMessageContaining("no user part");
    assertThatThrownBy(() -> mapper.toBareJid(SipUri.parse("sip:+15551234@example.test;user=phone")))
        .isInstanceOf(AddressMappingException.class).hasMessageContaining("telephone");
    assertThatThrownBy(() -> mapper.toBareJid(SipUri.parse("sip:%20bob@example.test")))
        .isInstanceOf(AddressMappingException.class).hasMessageContaining("begin or end with a space");
    assertThatThrownBy(() -> mapper.toBareJid(SipUri.parse("sip:bob%20@example.test")))
        .isInstanceOf(AddressMappingException.class).hasMessageContaining("begin or end with a space");
    assertThatThrownBy(() -> mapper.toBareJid(SipUri.parse("sip:bell%07@example.test")))
        .isInstanceOf(AddressMappingException.class).hasMessageContaining("not a valid XMPP localpart");
    assertThatThrownBy(() -> mapper.toBareJid(SipUri.parse("sip:" + "x".repeat(1024) + "@example.test")))
        .isInstanceOf(AddressMappingException.class).hasMessageContaining("not a valid XMPP localpart");
    assertThatThrownBy(() -> mapper.toFullJid(SipUri.parse("sip:bob@example.test")))
        .isInstanceOf(AddressMappingException.class).hasMessageContaining("no gr parameter");
    assertThatThrownBy(() -> mapper.toFullJid(SipUri.parse("sip:bob@example.test;gr")))
        .isInstanceOf(AddressMappingException.class).hasMessageContaining("temporary GRUU");
    assertThatThrownBy(() -> mapper.toFullJid(SipUri.parse("sip:bob@example.test;gr=a%zz")))
        .isInstanceOf(AddressMappingException.class).hasMessageContaining("bad escape in the gr parameter");
    assertThatThrownBy(() -> mapper.toFullJid(SipUri.parse("sip:bob@example.test;gr=a\"b")))
        .isInstanceOf(AddressMappingException.class).hasMessageContaining("must be escaped");
  }
}
