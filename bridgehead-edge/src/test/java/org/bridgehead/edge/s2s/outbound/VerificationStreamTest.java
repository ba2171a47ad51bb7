package org.bridgehead.edge.s2s.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bridgehead.edge.routing.DeliveryException;
import org.bridgehead.edge.s2s.Features;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.bridgehead.xmpp.stream.StreamEnd;
import org.bridgehead.xmpp.xml.XmlElement;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.junit.jupiter.api.Test;

class VerificationStreamTest {
  private static final DomainBareJid RECEIVING = JidCreate.domainBareFromOrThrowUnchecked("bh.test");
  private static final DomainBareJid ORIGINATING = JidCreate.domainBareFromOrThrowUnchecked("partner.test");

  private final List<String> answered = new ArrayList<>();
  private final AtomicInteger ended = new AtomicInteger();
  private final VerificationStream stream = new VerificationStream(RECEIVING, ORIGINATING, Duration.ofSeconds(5),
      Duration.ofSeconds(10), (r, o, id, type) -> answered.add(id + "=" + type), ended::incrementAndGet);
  private final EmbeddedChannel channel = new EmbeddedChannel();

  @Test
  void keysAskedBeforeTheStreamIsReadyAreSentOnceItIsAndAnsweredById() throws Exception {
    CompletableFuture<Boolean> a = new CompletableFuture<>();
    CompletableFuture<Boolean> b = new CompletableFuture<>();
    assertThat(stream.submit("id-a", "key-a", a)).isTrue();
    assertThat(stream.submit("id-b", "key-b", b)).isTrue();
    assertThat(channel.<Object>readOutbound()).isNull();

    stream.readyToVerify(channel);
    assertThat(verifyIds()).containsExactly("id-a", "id-b");
    stream.verifyAnswer(answer("id-b", "invalid"));
    stream.verifyAnswer(answer("id-a", "valid"));

    assertThat(a.get()).isTrue();
    assertThat(b.get()).isFalse();
    assertThat(answered).containsExactly("id-b=invalid", "id-a=valid");
    assertThat(channel.isOpen()).isTrue();
  }

  @Test
  void laterKeysReuseTheOpenStream() throws Exception {
    stream.readyToVerify(channel);
    for (int i = 0; i < 3; i++) {
      CompletableFuture<Boolean> f = new CompletableFuture<>();
      assertThat(stream.submit("id-" + i, "key", f)).isTrue();
      assertThat(verifyIds()).containsExactly("id-" + i);
      stream.verifyAnswer(answer("id-" + i, "valid"));
      assertThat(f.get()).isTrue();
    }
    assertThat(ended).hasValue(0);
  }

  @Test
  void anIdleStreamEndsAfterTheLingerAndTakesNoMoreKeys() {
    stream.readyToVerify(channel);
    CompletableFuture<Boolean> f = new CompletableFuture<>();
    stream.submit("id-a", "key", f);
    channel.readOutbound();
    stream.verifyAnswer(answer("id-a", "valid"));

    channel.advanceTimeBy(11, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();

    assertThat(channel.<Object>readOutbound()).isEqualTo(StreamEnd.INSTANCE);
    assertThat(channel.isOpen()).isFalse();
    assertThat(ended.get()).isPositive();
    assertThat(stream.submit("id-b", "key", new CompletableFuture<>())).isFalse();
  }

  @Test
  void anUnansweredKeyTimesOutAndEndsTheStream() {
    stream.readyToVerify(channel);
    CompletableFuture<Boolean> f = new CompletableFuture<>();
    stream.submit("id-a", "key", f);

    channel.advanceTimeBy(6, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();

    assertThat(failure(f).error().condition()).isEqualTo(StanzaErrorCondition.REMOTE_SERVER_TIMEOUT);
    assertThat(channel.isOpen()).isFalse();
    assertThat(stream.submit("id-b", "key", new CompletableFuture<>())).isFalse();
  }

  @Test
  void aClosedStreamFailsWhatItCarriesAndASetupFailureFailsWhatWaits() {
    stream.readyToVerify(channel);
    CompletableFuture<Boolean> carried = new CompletableFuture<>();
    stream.submit("id-a", "key", carried);
    channel.close();
    assertThat(failure(carried).getMessage()).contains("closed the dialback verification stream");

    VerificationStream other = new VerificationStream(RECEIVING, ORIGINATING, Duration.ofSeconds(5),
        Duration.ofSeconds(10), (r, o, id, type) -> { }, () -> { });
    CompletableFuture<Boolean> waiting = new CompletableFuture<>();
    other.submit("id-b", "key", waiting);
    other.failed(new DeliveryException(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND, "no route"));
    assertThat(failure(waiting).getMessage()).contains("no route");
  }

  @Test
  void anErrorAnswerFailsThatKeyOnly() throws Exception {
    stream.readyToVerify(channel);
    CompletableFuture<Boolean> a = new CompletableFuture<>();
    CompletableFuture<Boolean> b = new CompletableFuture<>();
    stream.submit("id-a", "key", a);
    stream.submit("id-b", "key", b);
    stream.verifyAnswer(Features.dialbackError("verify", ORIGINATING.toString(), RECEIVING.toString(), "id-a",
        "item-not-found", "unknown"));
    stream.verifyAnswer(answer("id-b", "valid"));
    assertThat(failure(a).getMessage()).contains("answered the verification with an error");
    assertThat(b.get()).isTrue();
  }

  private List<String> verifyIds() {
    List<String> ids = new ArrayList<>();
    Object o;
    while ((o = channel.readOutbound()) != null) {
      XmlElement e = (XmlElement) o;
      assertThat(e.name()).isEqualTo("verify");
      assertThat(e.attribute("from")).isEqualTo(RECEIVING.toString());
      assertThat(e.attribute("to")).isEqualTo(ORIGINATING.toString());
      ids.add(e.attribute("id"));
    }
    return ids;
  }

  private static XmlElement answer(String id, String type) {
    return Features.dialback("verify", ORIGINATING.toString(), RECEIVING.toString(), id, type, null);
  }

  private static DeliveryException failure(CompletableFuture<Boolean> f) {
    assertThatThrownBy(f::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(DeliveryException.class);
    return (DeliveryException) f.handle((v, e) -> e).join();
  }
}
