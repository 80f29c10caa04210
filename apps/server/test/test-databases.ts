import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from '../src/db/database-url.ts';

export interface TestDatabase {
  target: DatabaseTarget;
  /** DATABASE_URL form of the target, for child processes. */
  url: string;
  drop: () => Promise<void>;
}

export interface TestDatabaseKind {
  name: 'sqlite' | 'postgres';
  create: () => Promise<TestDatabase>;
}

const uniqueName = () => `openiort_test_${String(process.pid)}_${randomBytes(4).toString('hex')}`;

const sqliteKind: TestDatabaseKind = {
  name: 'sqlite',
  create: () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiort-test-'));
    const filename = path.join(dir, 'openiort.db');
    return Promise.resolve({
      target: { dialect: 'sqlite', filename },
      url: `sqlite:${filename}`,
      drop: () => {
        fs.rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    });
  },
};

/**
 * Drops a test database once its last session has gone. pg's Pool.end() resolves before its
 * sockets have closed, and DROP … WITH (FORCE) would kill those closing sessions, which then
 * raise errors in the test process; so wait for them instead (SQLSTATE 55006: in use).
 */
export async function dropWhenUnused(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  } finally {
    await client.end();
  }
}

/** A fresh PostgreSQL database per call, so parallel runs and files never share state. */
function postgresKind(adminUrl: string): TestDatabaseKind {
  return {
    name: 'postgres',
    create: async () => {
      const name = uniqueName();
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        target: { dialect: 'postgres', connectionString: url.toString() },
        url: url.toString(),
        drop: () => dropWhenUnused(adminUrl, name),
      };
    },
  };
}

/** SQLite always; PostgreSQL too when OPENIORT_TEST_PG_URL names a server we may create databases on. */
export function testDatabaseKinds(): TestDatabaseKind[] {
  const pgUrl = process.env.OPENIORT_TEST_PG_URL;
  return pgUrl === undefined || pgUrl === '' ? [sqliteKind] : [sqliteKind, postgresKind(pgUrl)];
}
