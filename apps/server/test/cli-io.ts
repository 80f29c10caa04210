import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import type { CliIo } from '../src/cli/commands.ts';
import { runCli } from '../src/cli/main.ts';
import { withTestAuditKey } from './process-helpers.ts';

/**
 * Streams for runCli: stdin carries `input` (not a terminal); stdout and stderr are captured.
 * The test audit key is set unless `env` names its own audit key settings.
 */
export function fakeIo(env: Record<string, string>, input = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(String(c)));
  stderr.on('data', (c: Buffer) => err.push(String(c)));
  const io = {
    env: withTestAuditKey(env),
    cwd: process.cwd(),
    stdin: Readable.from([input]) as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
  } satisfies CliIo;
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** Runs the CLI on fake streams: its exit code and everything it wrote. */
export async function runCliCaptured(args: string[], env: Record<string, string>, input = '') {
  const { io, stdout, stderr } = fakeIo(env, input);
  const code = await runCli(args, io);
  return { code, out: stdout(), err: stderr() };
}

/**
 * A temporary directory for the enclosing describe block, made before its tests and removed
 * after them. `write` puts a file in it (a string as it is, anything else as JSON) and returns
 * the file's path; `path` names a place in it.
 */
export function scratchDir(prefix: string) {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const at = (...parts: string[]) => path.join(dir, ...parts);
  return {
    path: at,
    write: (name: string, content: unknown): string => {
      const filename = at(name);
      fs.writeFileSync(filename, typeof content === 'string' ? content : JSON.stringify(content));
      return filename;
    },
  };
}
