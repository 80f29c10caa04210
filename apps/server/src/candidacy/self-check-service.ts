import type { SelfCheckCriteria, SelfCheckResponse } from '@openiort/contract';
import { evaluateAll } from '@openiort/guidelines';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { toResultDtos } from './evaluation-rows.ts';
import { parseFacts } from './facts-input.ts';
import { currentProgramCriteria } from './program-criteria-service.ts';

/**
 * The public self-check: the program's own criteria only, applied to facts a visitor typed.
 * It reads the criteria and writes nothing, not even an audit row: no patient data is kept.
 */
export async function selfCheck(db: Kysely<Database>, input: unknown): Promise<SelfCheckResponse> {
  const facts = parseFacts(input, '');
  const program = await currentProgramCriteria(db);
  const [result] = toResultDtos(
    evaluateAll(facts, { program: program.criteria, only: ['program-default'] }),
  );
  if (result === undefined) throw new Error('The program-default rule set is missing.');
  return { result };
}

/** What the public page shows to explain the criteria it applies. */
export async function selfCheckCriteria(db: Kysely<Database>): Promise<SelfCheckCriteria> {
  const program = await currentProgramCriteria(db);
  return { version: program.version, criteria: program.criteria };
}
