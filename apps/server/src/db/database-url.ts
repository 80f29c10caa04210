import path from 'node:path';

export type DatabaseTarget =
  { dialect: 'sqlite'; filename: string } | { dialect: 'postgres'; connectionString: string };

/**
 * Reads DATABASE_URL. `sqlite:relative/or/absolute.db` (also `sqlite://`) or `:memory:` for the
 * embedded database; `postgres://` or `postgresql://` for PostgreSQL. Relative SQLite paths are
 * taken from `cwd`.
 */
export function parseDatabaseUrl(url: string, cwd: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', connectionString: url };
  const match = /^sqlite:(?:\/\/)?(.+)$/.exec(url);
  if (match?.[1] === undefined) {
    throw new Error(
      'must start with sqlite: (e.g. sqlite:./data/openiort.db) or postgres:// (e.g. postgres://user@host:5432/openiort)',
    );
  }
  const file = match[1];
  return { dialect: 'sqlite', filename: file === ':memory:' ? file : path.resolve(cwd, file) };
}
