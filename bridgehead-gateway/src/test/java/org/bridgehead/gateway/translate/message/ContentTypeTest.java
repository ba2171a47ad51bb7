package org.bridgehead.gateway.translate.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypeTest {
  @Test
  void parsesTypeAndQuotedCharset() {
    ContentType t = ContentType.parse("Text/Plain; Charset=\"ISO-8859-1\"");
    assertThat(t.is("text/plain")).isTrue();
    assertThat(t.charsetOrUtf8()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(ContentType.parse("text/plain").charsetOrUtf8()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(ContentType.TEXT_PLAIN_UTF8).hasToString("text/plain;charset=UTF-8");
  }

  @Test
  void refusesMalformedValues() {
    assertThatThrownBy(() -> ContentType.parse("")).hasMessageContaining("missing");
    assertThatThrownBy(() -> ContentType.parse("textplain")).hasMessageContaining("bad Content-Type");
    assertThatThrownBy(() -> ContentType.parse("text/plain; charset")).hasMessageContaining("parameter");
    assertThatThrownBy(() -> ContentType.parse("te xt/plain")).hasMessageContaining("bad media type");
    assertThatThrownBy(() -> ContentType.parse("text/plain;charset=klingon-8").charset()).hasMessageContaining("unsupported charset");
  }
}
