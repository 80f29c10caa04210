import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { dropWhenUnused, type TestDatabase } from './test-databases.ts';

/** SQLite: a consistent copy of the file, as `sqlite3 .backup` or a file copy of a backup gives. */
function copySqlite(filename: string): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiort-copy-'));
  const copy = path.join(dir, 'openiort.db');
  const source = new SqliteDatabase(filename, { readonly: true });
  try {
    source.exec(`VACUUM INTO '${copy.replaceAll("'", "''")}'`);
  } finally {
    source.close();
  }
  return {
    target: { dialect: 'sqlite', filename: copy },
    url: `sqlite:${copy}`,
    drop: () => {
      fs.rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

/**
 * PostgreSQL: CREATE DATABASE … TEMPLATE, which needs the source to have no sessions; closed
 * pools may take a moment to go (SQLSTATE 55006: in use), so retry briefly.
 */
async function copyPostgres(connectionString: string): Promise<TestDatabase> {
  const sourceUrl = new URL(connectionString);
  const sourceName = sourceUrl.pathname.slice(1);
  const name = `${sourceName}_c${randomBytes(3).toString('hex')}`;
  const adminUrl = new URL(connectionString);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${sourceName}`);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  } finally {
    await admin.end();
  }
  const url = new URL(connectionString);
  url.pathname = `/${name}`;
  return {
    target: { dialect: 'postgres', connectionString: url.toString() },
    url: url.toString(),
    drop: () => dropWhenUnused(adminUrl.toString(), name),
  };
}

/** A copy of a test database that nothing has open, as an attacker or a backup would take it. */
export function copyTestDatabase(source: TestDatabase): Promise<TestDatabase> {
  return source.target.dialect === 'sqlite'
    ? Promise.resolve(copySqlite(source.target.filename))
    : copyPostgres(source.target.connectionString);
}
