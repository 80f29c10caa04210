import {
  DEFAULT_PROGRAM_CRITERIA,
  evaluateAll,
  validateFacts,
  validateProgramCriteria,
  type ClinicalFacts,
  type ProgramCriteria,
  type RuleSetResult,
} from '@openiort/guidelines';
import { InputError, readJson } from './cli-input.ts';
import type { Command } from './commands.ts';

export const ELIGIBILITY_USAGE =
  'Usage: npx openiort eligibility FILE|- [--program CRITERIA.json]\n' +
  'FILE holds one clinical-facts object or an array of them; "-" reads stdin.\n';

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
