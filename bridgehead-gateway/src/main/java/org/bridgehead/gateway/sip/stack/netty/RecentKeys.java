package org.bridgehead.gateway.sip.stack.netty;

import java.util.Arrays;

/**
 * Keys added during the last {@code span} (kept at least that long, at most twice), stored as 64-bit
 * hashes in two primitive tables that take turns. Timer K (RFC 3261 §17.1.2.2) only has to answer "was
 * this branch one of ours lately?"; at thousands of messages per second an object per completed
 * transaction kept for T4 survived every young collection (benchmark scenario 1: 66,000 live
 * transactions, 80-120 ms pauses). A hash collision at worst absorbs a stray response, which the core
 * drops anyway. Public for the benchmark's SIP sink, which keeps its Timer J with it.
 */
public final class RecentKeys {
  private static final int MIN_SLOTS = 1 << 10;
  /** 16 MiB per table: over 200,000 keys a second for a 5 s span. Past it, keys are not remembered. */
  private static final int MAX_SLOTS = 1 << 21;

  private final long spanNanos;
  private Table current;
  private Table previous;
  private long rotatedAt;

  RecentKeys(long spanNanos, long now) {
    this(spanNanos, MAX_SLOTS / 2, now);
  }

  /**
   * @param maxKeys how many keys one span may hold (rounded up to a power of two, at most 2^28); past
   *     it, keys are not remembered. Each table takes up to 16 bytes per key, and there are two.
   */
  public RecentKeys(long spanNanos, int maxKeys, long now) {
    if (spanNanos <= 0) throw new IllegalArgumentException("span must be positive: " + spanNanos);
    if (maxKeys <= 0 || maxKeys > 1 << 28) throw new IllegalArgumentException("maxKeys must be 1 to 2^28: " + maxKeys);
    this.spanNanos = spanNanos;
    int maxSlots = Math.max(MIN_SLOTS, Integer.highestOneBit(maxKeys - 1 | 1) << 2);
    this.current = new Table(maxSlots);
    this.previous = new Table(maxSlots);
    this.rotatedAt = now;
  }

  synchronized void add(String key, String qualifier, long now) {
    rotate(now);
    current.add(hash(key, qualifier));
  }

  /** Adds the key unless it is already remembered; true when it was new (one hash, one lock). */
  public synchronized boolean addIfAbsent(String key, String qualifier, long now) {
    rotate(now);
    long h = hash(key, qualifier);
    if (current.contains(h) || previous.contains(h)) return false;
    current.add(h);
    return true;
  }

  synchronized boolean contains(String key, String qualifier, long now) {
    rotate(now);
    long h = hash(key, qualifier);
    return current.contains(h) || previous.contains(h);
  }

  synchronized int size() { return current.size + previous.size; }

  private void rotate(long now) {
    long age = now - rotatedAt;
    if (age < spanNanos) return;
    Table emptied = previous;
    previous = current;
    current = emptied.clear();
    // quiet for two spans: what the previous table holds is older than one span too
    if (age >= 2 * spanNanos) previous = previous.clear();
    rotatedAt = now;
  }

  /** FNV-1a over both strings, then a 64-bit finaliser; never 0 (the empty slot). */
  static long hash(String key, String qualifier) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) h = (h ^ key.charAt(i)) * 0x100000001b3L;
    h = (h ^ '|') * 0x100000001b3L;
    for (int i = 0; i < qualifier.length(); i++) h = (h ^ qualifier.charAt(i)) * 0x100000001b3L;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /** Open addressing, linear probing, at most half full. */
  private static final class Table {
    final int maxSlots;
    long[] slots = new long[MIN_SLOTS];
    int size;

    Table(int maxSlots) {
      this.maxSlots = maxSlots;
    }

    void add(long h) {
      if (2 * (size + 1) > slots.length) {
        if (slots.length >= maxSlots) return;
        grow();
      }
      int mask = slots.length - 1;
      for (int i = (int) h & mask; ; i = (i + 1) & mask) {
        if (slots[i] == h) return;
        if (slots[i] == 0) {
          slots[i] = h;
          size++;
          return;
        }
      }
    }

    boolean contains(long h) {
      int mask = slots.length - 1;
      for (int i = (int) h & mask; slots[i] != 0; i = (i + 1) & mask) {
        if (slots[i] == h) return true;
      }
      return false;
    }

    /** Emptied, and smaller again when a burst had grown it far past what it held. */
    Table clear() {
      if (slots.length > MIN_SLOTS && size < slots.length / 8) {
        slots = new long[Math.max(MIN_SLOTS, Integer.highestOneBit(Math.max(1, size)) * 4)];
      } else {
        Arrays.fill(slots, 0L);
      }
      size = 0;
      return this;
    }

    private void grow() {
      long[] old = slots;
      slots = new long[old.length * 2];
      size = 0;
      for (long h : old) if (h != 0) add(h);
    }
  }
}
