import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from '../db/schema.ts';
import { LiveSubscribers, type LiveBus, type LiveNotice } from './live-bus.ts';

/** The one NOTIFY channel of OpenIORT; the topic travels in the payload. */
export const LIVE_CHANNEL = 'openiort_live';

const MIN_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 15_000;

function parseNotice(payload: string | undefined): LiveNotice | undefined {
  try {
    const value = JSON.parse(payload ?? '') as Partial<LiveNotice>;
    if (
      typeof value.topic === 'string' &&
      typeof value.sessionId === 'string' &&
      typeof value.seq === 'number'
    )
      return { topic: value.topic, sessionId: value.sessionId, seq: value.seq };
  } catch {
    // Not ours, or damaged: ignored (subscribers re-read on the next notice or reconnect anyway).
  }
  return undefined;
}

export interface PostgresBusOptions {
  connectionString: string;
  /** Where notices are sent from: the app's pool (NOTIFY takes effect when its transaction commits). */
  db: Kysely<Database>;
  onError?: (message: string) => void;
}

/**
 * Several app instances on one PostgreSQL database: LISTEN on a dedicated connection (a pooled
 * one would be handed to other queries), NOTIFY through the pool. Every instance, this one
 * included, hears every notice through its listener, so there is one delivery path. A lost
 * listener reconnects with doubling back-off and then tells every subscriber to read again,
 * since notices sent meanwhile are gone (PostgreSQL keeps none for absent listeners).
 */
export function createPostgresBus(options: PostgresBusOptions): LiveBus & { ready: Promise<void> } {
  const subscribers = new LiveSubscribers();
  let client: pg.Client | null = null;
  let closed = false;
  let backoffMs = MIN_BACKOFF_MS;
  let retry: NodeJS.Timeout | null = null;
  let firstConnect: (() => void) | null = null;
  const ready = new Promise<void>((resolve) => {
    firstConnect = resolve;
  });

  const scheduleReconnect = (reason: string) => {
    if (closed || retry !== null) return;
    options.onError?.(
      `live updates: listener lost (${reason}); reconnecting in ${String(backoffMs)} ms`,
    );
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, backoffMs);
    backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString: options.connectionString });
    next.on('notification', (message) => {
      if (message.channel !== LIVE_CHANNEL) return;
      const notice = parseNotice(message.payload);
      if (notice !== undefined) subscribers.deliver(notice);
    });
    next.on('error', (error) => {
      if (client === next) client = null;
      void next.end().catch(() => undefined);
      scheduleReconnect(error.message);
    });
    next.on('end', () => {
      if (client === next) {
        client = null;
        scheduleReconnect('connection ended');
      }
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      void next.end().catch(() => undefined);
      scheduleReconnect(error instanceof Error ? error.message : String(error));
      return;
    }
    if (closed) {
      await next.end().catch(() => undefined);
      return;
    }
    const reconnected = firstConnect === null;
    client = next;
    backoffMs = MIN_BACKOFF_MS;
    firstConnect?.();
    firstConnect = null;
    if (reconnected) subscribers.resyncAll();
  };
  void connect();

  return {
    ready,
    publish: async (notice) => {
      await sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(notice)})`.execute(options.db);
    },
    subscribe: (topic, handler) => subscribers.add(topic, handler),
    close: async () => {
      closed = true;
      if (retry !== null) clearTimeout(retry);
      firstConnect?.();
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
