package org.bridgehead.server.node;

import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bridgehead.config.EdgeSettings;
import org.bridgehead.config.NodeConfig;
import org.bridgehead.management.service.ManagementService;
import org.jxmpp.jid.DomainBareJid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a running node's view of the store current: a committed change in this process is applied at
 * once (change listener); one made by another node of a pool sharing PostgreSQL is seen by polling
 * the store's change counter every half second. Either way a change applies within a second.
 */
final class LiveConfiguration implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LiveConfiguration.class);
  private final ManagementService store;
  private final Set<DomainBareJid> localDomains;
  private final EdgeSettings edge;
  private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "bridgehead-config-poller");
    t.setDaemon(true);
    return t;
  });
  private final Consumer<org.bridgehead.management.audit.ChangeEvent> listener = e -> poller.execute(this::refresh);
  private volatile Consumer<NodeConfig> apply = c -> {};
  private long appliedChange = -1;
  private NodeConfig current;

  LiveConfiguration(ManagementService store, Set<DomainBareJid> localDomains, EdgeSettings edge) {
    this.store = store;
    this.localDomains = localDomains;
    this.edge = edge;
    refresh();
  }

  synchronized NodeConfig current() { return current; }

  /** Starts applying changes with {@code apply}, from now on. */
  void follow(Consumer<NodeConfig> applyChanges) {
    this.apply = applyChanges;
    store.addChangeListener(listener);
    poller.scheduleWithFixedDelay(this::pollOnce, 500, 500, TimeUnit.MILLISECONDS);
  }

  private void pollOnce() {
    try {
      if (store.lastChangeId() != appliedChangeId()) refresh();
    } catch (RuntimeException e) {
      log.warn("cannot read the configuration store: {}", e.toString());
    }
  }

  private synchronized long appliedChangeId() { return appliedChange; }

  private void refresh() {
    NodeConfig next;
    synchronized (this) {
      var snapshot = store.snapshot();
      if (snapshot.changeId() == appliedChange) return;
      appliedChange = snapshot.changeId();
      current = snapshot.toNodeConfig(localDomains, edge);
      next = current;
    }
    log.info("configuration change {} applied: {} partner(s)", appliedChangeId(), next.partners().size());
    apply.accept(next);
  }

  @Override
  public void close() {
    store.removeChangeListener(listener);
    poller.shutdownNow();
  }
}
