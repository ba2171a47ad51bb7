package org.bridgehead.gateway.translate.chatstate;

import java.util.OptionalInt;

/**
 * XEP-0085 chat states ↔ RFC 3994 is-composing (Bridgehead's table; neither document maps the other).
 * RFC 3994 knows only active (composing) and idle, so the four XMPP states that are not composing all
 * become idle, and idle becomes paused: the XEP-0085 state for "was composing, stopped".
 */
public final class ChatStateMapper {
  private ChatStateMapper() {}

  public static IsComposing toIsComposing(ChatState state) {
    return state == ChatState.COMPOSING
        ? new IsComposing(true, "text/plain", OptionalInt.of(IsComposing.DEFAULT_REFRESH))
        : new IsComposing(false, "text/plain", OptionalInt.empty());
  }

  public static ChatState toChatState(IsComposing indication) {
    return indication.active() ? ChatState.COMPOSING : ChatState.PAUSED;
  }
}
