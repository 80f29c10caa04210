import fs from 'node:fs/promises';
import path from 'node:path';
import {
  DEFAULT_PROGRAM_CRITERIA,
  evaluateAll,
  validateFacts,
  validateProgramCriteria,
  type ClinicalFacts,
  type ProgramCriteria,
  type RuleSetResult,
} from '@openiort/guidelines';
import type { CliIo, Command } from './commands.ts';

export const ELIGIBILITY_USAGE =
  'Usage: npx openiort eligibility FILE|- [--program CRITERIA.json]\n' +
  'FILE holds one clinical-facts object or an array of them; "-" reads stdin.\n';

/** Problems with the input, one line each; the command prints them and exits 2. */
class InputError extends Error {
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

/** Parsed JSON from a file or stdin ("-"); `label` ("--program: ") says which input failed. */
async function readJson(source: string, io: CliIo, label = ''): Promise<unknown> {
  const name = source === '-' ? 'stdin' : source;
  let text: string;
  try {
    text =
      source === '-'
        ? await readAll(io.stdin)
        : await fs.readFile(path.resolve(io.cwd, source), 'utf8');
  } catch (error) {
    throw new InputError([`${label}cannot read ${name}: ${(error as Error).message}`]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError([`${label}${name} is not valid JSON: ${(error as Error).message}`]);
  }
}

/** Facts for each item, or every bad field named (with "[i]." before it for arrays). */
function checkFacts(input: unknown): ClinicalFacts[] {
  const many = Array.isArray(input);
  const items: unknown[] = many ? input : [input];
  const at = (i: number, path: string) => {
    if (!many) return path;
    return path === '(facts)' ? `[${String(i)}]` : `[${String(i)}].${path}`;
  };
  const facts: ClinicalFacts[] = [];
  const problems: string[] = [];
  items.forEach((item, i) => {
    const result = validateFacts(item);
    if (result.ok) facts.push(result.facts);
    else problems.push(...result.errors.map((e) => `${at(i, e.path)}: ${e.message}`));
  });
  if (problems.length > 0) throw new InputError(problems);
  return facts;
}

/**
 * Criteria from a file: the administrator's criteria, optionally with a "version" (as
 * GET /api/program-criteria shows them); without one they are named "custom".
 */
function checkProgram(input: unknown): ProgramCriteria {
  const isObject = typeof input === 'object' && input !== null && !Array.isArray(input);
  const { version, ...criteria } = isObject ? (input as Record<string, unknown>) : {};
  const result = validateProgramCriteria(isObject ? criteria : input);
  const problems = result.ok ? [] : result.errors.map((e) => `--program ${e.path}: ${e.message}`);
  if (version !== undefined && typeof version !== 'string') {
    problems.push('--program version: must be text, such as "v3"');
  }
  if (!result.ok || problems.length > 0) throw new InputError(problems);
  return { ...result.criteria, version: typeof version === 'string' ? version : 'custom' };
}

/**
 * Evaluates clinical facts from a file or stdin against every rule set; no database needed.
 * Prints {"results":[…]} for one object, an array of those for an array; exit 0 whatever the
 * categories, 2 for unusable input.
 */
export const eligibilityCommand: Command = async (args, io, operands) => {
  const [source, ...extra] = operands;
  if (source === undefined || extra.length > 0) {
    io.stderr.write(ELIGIBILITY_USAGE);
    return 2;
  }
  try {
    const program =
      typeof args.program === 'string'
        ? checkProgram(await readJson(args.program, io, '--program: '))
        : DEFAULT_PROGRAM_CRITERIA;
    const input = await readJson(source, io);
    const answer = (facts: ClinicalFacts): { results: RuleSetResult[] } => ({
      results: evaluateAll(facts, { program }),
    });
    const facts = checkFacts(input);
    const output = Array.isArray(input) ? facts.map(answer) : answer(facts[0] ?? {});
    io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const line of error.lines) io.stderr.write(`${line}\n`);
    io.stderr.write('Nothing was evaluated.\n');
    return 2;
  }
};
