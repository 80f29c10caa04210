import type { OrSessionState } from '@openiort/contract';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openSession,
  planForDelivery,
  postEvent,
  prepareForBeamOn,
  seconds,
} from './or-session-fixtures.ts';
import { openSse } from './sse-reader.ts';
import { createTestApp, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

const stateOf = (data: string | undefined) => JSON.parse(data ?? '{}') as OrSessionState;

/** Waits for the state with this seq; checks the ids only ever rose on the way. */
async function untilSeq(stream: Awaited<ReturnType<typeof openSse>>, seq: number) {
  for (let count = 1; ; count += 1) {
    const messages = await stream.waitFor(count, 3000);
    const ids = messages.map((m) => Number(m.id));
    expect(ids).toEqual([...new Set(ids)].sort((x, y) => x - y));
    const last = stateOf(messages.at(-1)?.data);
    if (last.seq === seq) return last;
  }
}

/** Listens on a free local port and returns the base URL. */
const listen = (t: TestApp) => t.app.listen({ port: 0, host: '127.0.0.1' });

describe.each(testDatabaseKinds())('OR session stream on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database);
    base = await listen(t);
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  it('sends the current state first, then every change, unbuffered, with no-store and the security headers', async () => {
    const physicist = await t.signInAs('medical-physicist');
    const oncologist = await t.signInAs('radiation-oncologist');
    const nurse = await t.signInAs('nurse');
    const plan = await planForDelivery(t, physicist, oncologist);
    const opened = await openSession(t, physicist, plan.id);
    await prepareForBeamOn(t, physicist, opened);
    const stream = await openSse(`${base}/api/or-sessions/${opened.id}/stream`, nurse);
    try {
      expect(stream.response.status).toBe(200);
      expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(stream.response.headers.get('cache-control')).toBe('no-store');
      expect(stream.response.headers.get('content-security-policy')).toContain(
        "default-src 'self'",
      );
      expect(stream.response.headers.get('content-encoding')).toBeNull();
      const [first] = await stream.waitFor(1);
      expect(first).toMatchObject({ id: '0', event: 'state' });
      expect(stateOf(first?.data)).toMatchObject({ id: opened.id, seq: 0, status: 'not-started' });
      expect(stream.retry()).toBe(2000);

      await postEvent(t, physicist, opened.id, { type: 'start', expectedSeq: 0 });
      seconds(t, 20);
      await postEvent(t, physicist, opened.id, {
        type: 'interrupt',
        expectedSeq: 1,
        category: 'patient-or-surgical',
        termination: 'operator',
      });
      // Each notice makes the stream read the state; a read may already include a later event,
      // so the ids rise to the last event without repeating any.
      const latest = await untilSeq(stream, 2);
      expect(latest.status).toBe('interrupted');
      expect(latest.beamOnTimeS).toBeCloseTo(20, 6);
    } finally {
      await stream.close();
    }

    // A device that reconnects (EventSource sends Last-Event-ID) gets the current state at once.
    const again = await openSse(`${base}/api/or-sessions/${opened.id}/stream`, nurse, '1');
    try {
      const [first] = await again.waitFor(1);
      expect(stateOf(first?.data)).toMatchObject({ seq: 2, status: 'interrupted' });
    } finally {
      await again.close();
    }
  });

  it('refuses a stream to nobody and to unknown sessions with problem+json, before streaming', async () => {
    const nurse = await t.signInAs('nurse');
    const anonymous = await fetch(
      `${base}/api/or-sessions/00000000-0000-4000-8000-000000000000/stream`,
    );
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const unknown = await fetch(
      `${base}/api/or-sessions/00000000-0000-4000-8000-000000000000/stream`,
      {
        headers: { cookie: nurse },
      },
    );
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('closes the app promptly while a stream is open', async () => {
    const other = await createTestApp(database);
    const url = await listen(other);
    const physicist = await other.signInAs('medical-physicist', 'closing.physicist@example.org');
    const oncologist = await other.signInAs(
      'radiation-oncologist',
      'closing.oncologist@example.org',
    );
    const plan = await planForDelivery(other, physicist, oncologist);
    const opened = await openSession(other, physicist, plan.id);
    const stream = await openSse(`${url}/api/or-sessions/${opened.id}/stream`, physicist);
    await stream.waitFor(1);
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(3000);
    await stream.close();
  });
});

const postgres = testDatabaseKinds().filter((k) => k.name === 'postgres');

describe.each(postgres)('two app instances on one $name database', (kind) => {
  let database: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let baseA: string;
  let baseB: string;

  beforeAll(async () => {
    database = await kind.create();
    a = await createTestApp(database);
    b = await createTestApp(database);
    baseA = await listen(a);
    baseB = await listen(b);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await database.drop();
  });

  it('brings an event posted on one instance to the streams of the other (LISTEN/NOTIFY)', async () => {
    const physicist = await a.signInAs('medical-physicist');
    const oncologist = await a.signInAs('radiation-oncologist');
    const nurse = await a.signInAs('nurse');
    // Instance B's clock is another process's in real life; here both are moved together.
    b.clock.advanceMinutes(0);
    const plan = await planForDelivery(a, physicist, oncologist);
    const opened = await openSession(a, physicist, plan.id);
    await prepareForBeamOn(a, physicist, opened);
    // The wall display follows instance B; the console posts on instance A, and back.
    const onB = await openSse(`${baseB}/api/or-sessions/${opened.id}/stream`, nurse);
    const onA = await openSse(`${baseA}/api/or-sessions/${opened.id}/stream`, nurse);
    try {
      await onB.waitFor(1);
      await onA.waitFor(1);
      const sentAt = Date.now();
      expect(
        (await postEvent(a, physicist, opened.id, { type: 'start', expectedSeq: 0 })).statusCode,
      ).toBe(200);
      const started = await untilSeq(onB, 1);
      const latencyMs = Date.now() - sentAt;
      console.log(`instance A → instance B stream: ${String(latencyMs)} ms`);
      expect(started.status).toBe('delivering');
      expect(latencyMs).toBeLessThan(1000);

      seconds(b, 15);
      expect(
        (
          await postEvent(b, physicist, opened.id, {
            type: 'interrupt',
            expectedSeq: 1,
            category: 'device-fault',
            termination: 'machine',
          })
        ).statusCode,
      ).toBe(200);
      expect((await untilSeq(onA, 2)).status).toBe('interrupted');
      expect((await untilSeq(onB, 2)).status).toBe('interrupted');
    } finally {
      await onA.close();
      await onB.close();
    }
  });

  it('reconnects a lost listener and makes its streams read again', async () => {
    const physicist = await a.signInAs('medical-physicist', 'relisten.physicist@example.org');
    const oncologist = await a.signInAs('radiation-oncologist', 'relisten.oncologist@example.org');
    const plan = await planForDelivery(a, physicist, oncologist);
    const opened = await openSession(a, physicist, plan.id);
    await prepareForBeamOn(a, physicist, opened);
    const onB = await openSse(`${baseB}/api/or-sessions/${opened.id}/stream`, physicist);
    try {
      await onB.waitFor(1);
      // Cut every listener connection of this database (as a server restart or failover would).
      await sql`select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and query like 'LISTEN%'`.execute(a.ctx.db);
      expect(
        (await postEvent(a, physicist, opened.id, { type: 'start', expectedSeq: 0 })).statusCode,
      ).toBe(200);
      // The notice may be lost with the connection; the reconnected listener asks for a re-read.
      expect((await untilSeq(onB, 1)).status).toBe('delivering');
    } finally {
      await onB.close();
    }
  });
});
