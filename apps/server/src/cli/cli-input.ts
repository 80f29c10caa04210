import type { FieldError } from '@openiort/contract';
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from '../http/json-body.ts';
import { cleanUntrusted } from '../http/untrusted-text.ts';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CliIo } from './commands.ts';

/** Problems with the input, one line each; commands print them and exit 2. */
export class InputError extends Error {
  readonly lines: string[];
  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.lines = lines;
  }
}

async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

/** Text of a file (relative to the working directory) or of stdin ("-"). */
export async function readText(source: string, io: CliIo, label = ''): Promise<string> {
  const name = source === '-' ? 'stdin' : source;
  try {
    return source === '-'
      ? await readAll(io.stdin)
      : await fs.readFile(path.resolve(io.cwd, source), 'utf8');
  } catch (error) {
    throw new InputError([`${label}cannot read ${name}: ${(error as Error).message}`]);
  }
}

/** Parsed JSON from a file or stdin ("-"); `label` ("--program: ") says which input failed. */
export async function readJson(source: string, io: CliIo, label = ''): Promise<unknown> {
  const name = source === '-' ? 'stdin' : source;
  const text = await readText(source, io, label);
  if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH))
    throw new InputError([`${label}${name} nests deeper than ${String(MAX_JSON_DEPTH)} levels`]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError([`${label}${name} is not valid JSON: ${(error as Error).message}`]);
  }
  // The same text rules as HTTP bodies: no NUL, controls or bidi overrides; NFC.
  const errors: FieldError[] = [];
  const clean = cleanUntrusted(value, '', errors);
  if (errors.length > 0) throw new InputError(errors.map((e) => `${label}${e.path}: ${e.message}`));
  return clean;
}

/** Runs a command body; input problems are printed, one per line, and give exit code 2. */
export async function reportingInputErrors(
  io: CliIo,
  trailer: string,
  work: () => Promise<number>,
): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const line of error.lines) io.stderr.write(`${line}\n`);
    io.stderr.write(`${trailer}\n`);
    return 2;
  }
}

/** The one FILE|- operand of a command, or undefined (the caller prints its usage). */
export function singleOperand(operands: readonly string[]): string | undefined {
  return operands.length === 1 ? operands[0] : undefined;
}
