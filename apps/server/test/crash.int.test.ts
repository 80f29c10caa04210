import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyAuditChain } from '../src/audit/audit-verify.ts';
import { runCli } from '../src/cli/main.ts';
import { createDatabase } from '../src/db/create-database.ts';
import { fakeIo } from './cli-io.ts';
import { TEST_AUDIT_ENV, freePort, waitForHealth } from './process-helpers.ts';
import { loadAuditKeyring } from '../src/audit/audit-keyring-load.ts';
import { loadConfig } from '../src/config.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

// A process crash (SIGKILL: no shutdown hooks, no flushing) in the middle of a burst of writes
// must lose nothing the server acknowledged, and must leave the audit hash chain intact.

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ADMIN = {
  email: 'crash.admin@example.org',
  password: 'a long passphrase for the crash test',
};
const WORKERS = 8;
// Kill after ~300 ms of writing, but never before MIN_ACKNOWLEDGED creates were acknowledged, so
// the test stays meaningful on a slow or busy machine; KILL_BY_MS bounds the wait.
const KILL_AFTER_MS = 300;
const MIN_ACKNOWLEDGED = 20;
const KILL_BY_MS = 15_000;
const REQUEST_TIMEOUT_MS = 5_000;

interface ServerChild {
  child: ChildProcess;
  origin: string;
}

/** `openiort user add` as an administrator would run it, the password on stdin. */
async function addAdmin(databaseUrl: string): Promise<void> {
  const { io, stderr } = fakeIo({ DATABASE_URL: databaseUrl }, `${ADMIN.password}\n`);
  const code = await runCli(['user', 'add', '--email', ADMIN.email, '--role', 'admin'], io);
  if (code !== 0) throw new Error(`openiort user add exited with ${String(code)}: ${stderr()}`);
}

async function startServer(databaseUrl: string, children: ChildProcess[]): Promise<ServerChild> {
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

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
}

async function signIn(server: ServerChild): Promise<string> {
  const response = await fetch(`${server.origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.origin },
    body: JSON.stringify(ADMIN),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((header) => header.startsWith('openiort_session='));
  if (response.status !== 200 || cookie === undefined) {
    throw new Error(`sign-in failed with ${String(response.status)}: ${await response.text()}`);
  }
  return cookie.split(';')[0] ?? '';
}

interface BurstResult {
  /** MRNs the server answered 201 for: the ones it promised to keep. */
  acknowledged: string[];
  /** Anything other than 201 that came back as a response (not a dropped connection). */
  refusals: string[];
  /** Requests whose connection died with the server: proof the kill landed mid-burst. */
  dropped: number;
}

/** WORKERS loops creating patients with sequential MRNs until `stop()`; returns what was acked. */
function startBurst(server: ServerChild, cookie: string) {
  const result: BurstResult = { acknowledged: [], refusals: [], dropped: 0 };
  let next = 0;
  let stopped = false;
  const worker = async () => {
    while (!stopped) {
      next += 1;
      const mrn = `CRASH-${String(next).padStart(6, '0')}`;
      try {
        const response = await fetch(`${server.origin}/api/patients`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: server.origin, cookie },
          body: JSON.stringify({
            mrn,
            familyName: 'Crashtest',
            givenName: 'Una',
            birthDate: '1950-01-01',
            sex: 'female',
            preferredLanguage: 'en',
          }),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        if (response.status === 201) result.acknowledged.push(mrn);
        else result.refusals.push(`${mrn}: ${String(response.status)}`);
        await response.text().catch(() => '');
      } catch {
        // The connection died with the server: expected, and not an acknowledgement.
        result.dropped += 1;
        return;
      }
    }
  };
  const workers = Array.from({ length: WORKERS }, worker);
  return {
    acknowledgedSoFar: () => result.acknowledged.length,
    stop: async (): Promise<BurstResult> => {
      stopped = true;
      await Promise.all(workers);
      return result;
    },
  };
}

/** Every patient's MRN the restarted server returns for the search "Crashtest", page by page. */
async function storedMrns(server: ServerChild, cookie: string): Promise<Set<string>> {
  const mrns = new Set<string>();
  for (let offset = 0; ; offset += 100) {
    const url = `${server.origin}/api/patients?q=Crashtest&limit=100&offset=${String(offset)}`;
    const response = await fetch(url, {
      headers: { cookie },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: { mrn: string }[]; total: number };
    for (const patient of page.items) mrns.add(patient.mrn);
    if (page.items.length === 0 || offset + 100 >= page.total) return mrns;
  }
}

describe.each(testDatabaseKinds())('a server killed during a burst of writes ($name)', (kind) => {
  let database: TestDatabase;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    database = await kind.create();
    await addAdmin(database.url);
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await Promise.all(children.map(exited));
    await database.drop();
  });

  test('keeps every acknowledged patient and an intact audit chain', async () => {
    const first = await startServer(database.url, children);
    const burst = startBurst(first, await signIn(first));
    const started = Date.now();
    const waited = () => Date.now() - started;
    while (waited() < KILL_BY_MS) {
      if (waited() >= KILL_AFTER_MS && burst.acknowledgedSoFar() >= MIN_ACKNOWLEDGED) break;
      await sleep(10);
    }
    first.child.kill('SIGKILL');
    await exited(first.child);
    const { acknowledged, refusals, dropped } = await burst.stop();

    expect(refusals).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(MIN_ACKNOWLEDGED);
    expect(dropped).toBeGreaterThan(0);

    const second = await startServer(database.url, children);
    const stored = await storedMrns(second, await signIn(second));
    expect(acknowledged.filter((mrn) => !stored.has(mrn))).toEqual([]);
    second.child.kill('SIGTERM');
    await exited(second.child);

    const handle = createDatabase(database.target);
    try {
      const { keyring } = loadAuditKeyring(loadConfig(TEST_AUDIT_ENV, process.cwd()).audit);
      expect(await verifyAuditChain(handle.db, keyring)).toMatchObject({ ok: true });
      // A patient and its audit row commit together: neither survives the crash without the other.
      const patientIds = await handle.db.selectFrom('patients').select('id').execute();
      const created = await handle.db
        .selectFrom('audit_log')
        .select('record_id')
        .where('action', '=', 'patient.create')
        .execute();
      expect(new Set(created.map((row) => row.record_id))).toEqual(
        new Set(patientIds.map((row) => row.id)),
      );
    } finally {
      await handle.close();
    }
  });
});
