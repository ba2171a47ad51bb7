package org.bridgehead.edge.events;

/** Receives edge events; called on network threads, so implementations must not block. */
@FunctionalInterface
public interface EdgeEventListener {
  void onEvent(EdgeEvent event);

  EdgeEventListener NONE = e -> {};
}
