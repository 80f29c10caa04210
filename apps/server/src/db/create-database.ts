import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseTarget } from './database-url.ts';
import type { Database } from './schema.ts';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DatabaseTarget['dialect'];
  close: () => Promise<void>;
}

export function createDatabase(target: DatabaseTarget): DatabaseHandle {
  if (target.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.connectionString, max: 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the app; the
    // pool opens a new one on the next query.
    pool.on('error', (error) => {
      console.error(`PostgreSQL connection lost while idle: ${error.message}`);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (target.filename !== ':memory:') {
    fs.mkdirSync(path.dirname(target.filename), { recursive: true });
  }
  const sqlite = new SqliteDatabase(target.filename);
  // WAL lets readers work during a write; synchronous=FULL makes every acknowledged commit
  // survive a power cut, not only a process crash (sqlite.org/wal.html, pragma.html#pragma_synchronous).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}
