import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../src/cli/commands.ts';

/** Streams for runCli: stdin carries `input` (not a terminal); stdout and stderr are captured. */
export function fakeIo(env: Record<string, string>, input = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(String(c)));
  stderr.on('data', (c: Buffer) => err.push(String(c)));
  const io = {
    env,
    cwd: process.cwd(),
    stdin: Readable.from([input]) as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
  } satisfies CliIo;
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
