package org.bridgehead.gateway.translate.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.bridgehead.gateway.translate.presence.SubscriptionMapper.Notify;
import org.bridgehead.gateway.translate.presence.SubscriptionMapper.NotifyOutcome;
import org.bridgehead.gateway.translate.presence.SubscriptionMapper.RefreshOutcome;
import org.bridgehead.gateway.translate.presence.SubscriptionMapper.Subscribe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubscriptionMapperTest {
  @Test
  void xmppToSip() {
    assertThat(SubscriptionMapper.toSip(XmppSubscription.SUBSCRIBE, 3600)).isEqualTo(new Subscribe(3600));
    assertThat(SubscriptionMapper.toSip(XmppSubscription.UNSUBSCRIBE, 3600)).isEqualTo(new Subscribe(0));
    assertThat(SubscriptionMapper.toSip(XmppSubscription.PROBE, 3600)).isEqualTo(new Subscribe(0));
    assertThat(SubscriptionMapper.toSip(XmppSubscription.SUBSCRIBED, 3600))
        .isEqualTo(new Notify(SubscriptionState.parse("active;expires=3600")));
    assertThat(SubscriptionMapper.toSip(XmppSubscription.UNSUBSCRIBED, 3600))
        .isEqualTo(new Notify(SubscriptionState.parse("terminated;reason=rejected")));
  }

  @Test
  void sipSubscribeToXmpp() {
    assertThat(SubscriptionMapper.fromSubscribe(600)).isEqualTo(XmppSubscription.SUBSCRIBE);
    assertThat(SubscriptionMapper.fromSubscribe(0)).isEqualTo(XmppSubscription.UNSUBSCRIBE);
    assertThatThrownBy(() -> SubscriptionMapper.fromSubscribe(-1)).hasMessageContaining("negative");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"active;expires=600, SUBSCRIBED, subscribed", "pending, WAIT, ''",
      "terminated;reason=deactivated, RESUBSCRIBE_NOW, ''", "terminated;reason=timeout, RESUBSCRIBE_NOW, ''",
      "terminated;reason=probation;retry-after=30, RESUBSCRIBE_LATER, ''", "terminated;reason=giveup, RESUBSCRIBE_LATER, ''",
      "terminated;reason=rejected, UNSUBSCRIBED, unsubscribed", "terminated;reason=noresource, UNSUBSCRIBED, unsubscribed",
      "terminated;reason=invariant, UNSUBSCRIBED, unsubscribed", "terminated, UNSUBSCRIBED, unsubscribed"})
  void notifyToXmpp(String header, NotifyOutcome outcome, String stanza) {
    NotifyOutcome o = SubscriptionMapper.fromNotify(SubscriptionState.parse(header));
    assertThat(o).isEqualTo(outcome);
    assertThat(SubscriptionMapper.xmppStanza(o).map(XmppSubscription::type).orElse("")).isEqualTo(stanza);
  }

  @ParameterizedTest(name = "refresh answered {0} -> {1}")
  @CsvSource({"200, REFRESHED", "202, REFRESHED", "404, TERMINATED", "405, TERMINATED", "410, TERMINATED",
      "416, TERMINATED", "480, TERMINATED", "481, TERMINATED", "482, TERMINATED", "483, TERMINATED",
      "484, TERMINATED", "485, TERMINATED", "489, TERMINATED", "501, TERMINATED", "604, TERMINATED",
      "423, RETRY_WITH_MIN_EXPIRES", "403, RETRY", "408, RETRY", "500, RETRY", "503, RETRY", "603, RETRY"})
  void refreshFailures(int status, RefreshOutcome outcome) {
    assertThat(SubscriptionMapper.onRefreshResponse(status)).isEqualTo(outcome);
  }

  @Test
  void subscriptionStateHeaderParsesAndPrints() {
    SubscriptionState s = SubscriptionState.parse(" Terminated ; Reason=Probation ; retry-after=30;x-ext=1");
    assertThat(s.state()).isEqualTo(SubscriptionState.State.TERMINATED);
    assertThat(s.reason()).isEqualTo(SubscriptionState.Reason.PROBATION);
    assertThat(s.retryAfter()).isEqualTo(OptionalInt.of(30));
    assertThat(s).hasToString("terminated;reason=probation;retry-after=30");
    assertThat(SubscriptionState.active(60)).hasToString("active;expires=60");
    assertThat(SubscriptionState.parse("active;reason=rejected").reason()).isNull();
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> SubscriptionState.parse("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> SubscriptionState.parse("frozen")).hasMessageContaining("unknown value 'frozen'");
    assertThatThrownBy(() -> SubscriptionState.parse("terminated;reason=bored")).hasMessageContaining("unknown value 'bored'");
    assertThatThrownBy(() -> SubscriptionState.parse("active;expires=soon")).hasMessageContaining("bad seconds");
    assertThatThrownBy(() -> SubscriptionState.parse("active;expires=-5")).hasMessageContaining("bad seconds");
    assertThatThrownBy(() -> SubscriptionMapper.onRefreshResponse(180)).hasMessageContaining("not a final");
    assertThatThrownBy(() -> XmppSubscription.fromType("unavailable")).hasMessageContaining("not a subscription");
    assertThat(XmppSubscription.fromType("probe")).isEqualTo(XmppSubscription.PROBE);
    assertThatThrownBy(() -> new SubscriptionState(SubscriptionState.State.ACTIVE, SubscriptionState.Reason.REJECTED,
        OptionalInt.empty(), OptionalInt.empty())).hasMessageContaining("only with terminated");
  }
}
