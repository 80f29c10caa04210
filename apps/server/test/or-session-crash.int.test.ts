import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { OrSessionEventDto, OrSessionState } from '@openiort/contract';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSession, planForDelivery, prepareForBeamOn } from './or-session-fixtures.ts';
import { TEST_AUDIT_ENV, freePort, waitForHealth } from './process-helpers.ts';
import { TEST_PASSWORD, createTestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

// A server killed (SIGKILL: no shutdown hooks) during a delivery must come back with exactly the
// events it acknowledged, and with the delivery's time running on from the server's clock.

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const PHYSICIST = 'crash.physicist@example.org';
const ONCOLOGIST = 'crash.oncologist@example.org';
const MIN_ACKNOWLEDGED = 8;

async function startServer(databaseUrl: string, children: ChildProcess[]) {
  const port = await freePort();
  const child = spawn(process.execPath, ['apps/server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...TEST_AUDIT_ENV,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  const origin = `http://127.0.0.1:${String(port)}`;
  await waitForHealth(origin, 30_000);
  return { child, origin };
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) =>
        child.once('exit', () => {
          resolve();
        }),
      );

async function signIn(origin: string, email: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  const cookie = response.headers.getSetCookie().find((h) => h.startsWith('openiort_session='));
  if (response.status !== 200 || cookie === undefined)
    throw new Error(`sign-in failed: ${String(response.status)}`);
  return cookie.split(';')[0] ?? '';
}

describe.each(testDatabaseKinds())('a server killed during a delivery ($name)', (kind) => {
  let database: TestDatabase;
  let sessionId: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    database = await kind.create();
    // Accounts, a signed plan and an open session, made in-process before the server runs.
    const t = await createTestApp(database);
    try {
      const physicist = await t.signInAs('medical-physicist', PHYSICIST);
      const oncologist = await t.signInAs('radiation-oncologist', ONCOLOGIST);
      const plan = await planForDelivery(t, physicist, oncologist);
      const opened = await openSession(t, physicist, plan.id);
      await prepareForBeamOn(t, physicist, opened);
      sessionId = opened.id;
    } finally {
      await t.close();
    }
    // The time-outs are answered item by item through the API before the servers start.
  }, 60_000);
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await Promise.all(children.map(exited));
    await database.drop();
  });

  test('keeps exactly the acknowledged events; elapsed time continues from the server clock', async () => {
    const first = await startServer(database.url, children);
    const cookie = await signIn(first.origin, PHYSICIST);
    const post = (body: object) =>
      fetch(`${first.origin}/api/or-sessions/${sessionId}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: first.origin, cookie },
        body: JSON.stringify(body),
      });
    const acknowledged: OrSessionEventDto[] = [];
    const next = (seq: number) =>
      seq === 0
        ? { type: 'start', expectedSeq: 0 }
        : seq % 2 === 1
          ? {
              type: 'interrupt',
              expectedSeq: seq,
              category: 'device-fault',
              termination: 'machine',
            }
          : { type: 'resume', expectedSeq: seq };
    // The console keeps posting; the kill lands while a post is in flight.
    let inFlight: string | null = null;
    const loop = (async () => {
      for (let seq = 0; ; seq += 1) {
        const body = next(seq);
        inFlight = body.type;
        const response = await post(body);
        if (response.status !== 200) throw new Error(`refused: ${await response.text()}`);
        const state = (await response.json()) as OrSessionState;
        acknowledged.push(state.events.at(-1) as OrSessionEventDto);
        inFlight = null;
        await sleep(20);
      }
    })().catch((error: unknown) => error);
    while (acknowledged.length < MIN_ACKNOWLEDGED) await sleep(5);
    await sleep(7); // somewhere inside the next post
    first.child.kill('SIGKILL');
    await exited(first.child);
    const killedAt = Date.now();
    const failure = await loop;
    expect(String(failure)).toMatch(/fetch failed|socket|ECONNRESET|other side closed/i);
    const unsure = inFlight;

    await sleep(1500); // downtime that the record must count
    const second = await startServer(database.url, children);
    const reader = await signIn(second.origin, ONCOLOGIST);
    const state = (await (
      await fetch(`${second.origin}/api/or-sessions/${sessionId}`, { headers: { cookie: reader } })
    ).json()) as OrSessionState;

    // Every acknowledged event is there, unchanged and in order…
    expect(state.events.slice(0, acknowledged.length)).toEqual(acknowledged);
    // …and at most the one whose answer the kill cut off (committed before the kill or not).
    const extra = state.events.slice(acknowledged.length);
    expect(extra.length).toBeLessThanOrEqual(1);
    if (extra.length === 1) expect(extra[0]?.type).toBe(unsure);
    console.log(
      `${kind.name}: ${String(acknowledged.length)} acknowledged events kept; the cut-off one was ${extra.length === 1 ? 'committed' : 'not committed'}`,
    );

    // Elapsed time is the server clock's, since the stored start: the downtime counts.
    const lastAck = acknowledged.at(-1) as OrSessionEventDto;
    expect(state.startedAt).toBe(acknowledged[0]?.at);
    expect(state.elapsedS).toBeCloseTo(
      (Date.parse(state.serverNow) - Date.parse(state.startedAt ?? '')) / 1000,
      3,
    );
    expect(state.elapsedS).toBeGreaterThan(lastAck.atS + (Date.now() - killedAt) / 1000 - 0.5);
    second.child.kill('SIGTERM');
    await exited(second.child);
    // Two server processes start and 1.5 s of downtime pass: more than the default 5 s on a
    // shared machine.
  }, 30_000);
});
