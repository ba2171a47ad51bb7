package org.bridgehead.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class FailureWordsTest {
  @Test
  void aTimeoutSaysHowLongWasWaited() {
    assertThat(LoadGenerator.describe(new TimeoutException(), Duration.ofSeconds(30)))
        .isEqualTo("not authenticated within 30 s");
    assertThat(LoadGenerator.describe(new CompletionException(new TimeoutException()), Duration.ofSeconds(5)))
        .isEqualTo("not authenticated within 5 s");
  }

  @Test
  void otherFailuresNameTheirKindAndMessage() {
    assertThat(LoadGenerator.describe(new CompletionException(new IOException("Connection reset")), Duration.ofSeconds(1)))
        .isEqualTo("IOException: Connection reset");
    assertThat(LoadGenerator.describe(new IllegalStateException(), Duration.ofSeconds(1))).isEqualTo("IllegalStateException");
  }
}
