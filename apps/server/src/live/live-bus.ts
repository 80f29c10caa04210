/**
 * A notice that something changed, never the change itself: the database is the truth, so a
 * subscriber that gets a notice reads the state again. Small by design (PostgreSQL NOTIFY
 * payloads are limited to 8000 bytes).
 */
export interface LiveNotice {
  topic: string;
  sessionId: string;
  /** Sequence number of the change; 0 for "you may have missed something, read again". */
  seq: number;
}

export type LiveHandler = (notice: LiveNotice) => void;

/**
 * How one app instance tells every instance (itself included) that a record changed. Publish
 * only after the change has committed.
 */
export interface LiveBus {
  publish: (notice: LiveNotice) => Promise<void>;
  /** Calls `handler` for every notice on `topic` until the returned function is called. */
  subscribe: (topic: string, handler: LiveHandler) => () => void;
  close: () => Promise<void>;
}

/** Subscribers by topic; shared by both implementations. */
export class LiveSubscribers {
  private readonly byTopic = new Map<string, Set<LiveHandler>>();

  add(topic: string, handler: LiveHandler): () => void {
    const set = this.byTopic.get(topic) ?? new Set<LiveHandler>();
    set.add(handler);
    this.byTopic.set(topic, set);
    return () => {
      set.delete(handler);
      if (set.size === 0) this.byTopic.delete(topic);
    };
  }

  deliver(notice: LiveNotice): void {
    for (const handler of [...(this.byTopic.get(notice.topic) ?? [])]) {
      try {
        handler(notice);
      } catch {
        // One subscriber's failure must not keep the notice from the others.
      }
    }
  }

  /** Tells every subscriber to read again (after a lost connection, notices may be missing). */
  resyncAll(): void {
    for (const topic of [...this.byTopic.keys()]) {
      const sessionId = topic.split(':').at(-1) ?? '';
      this.deliver({ topic, sessionId, seq: 0 });
    }
  }

  get size(): number {
    return this.byTopic.size;
  }
}
