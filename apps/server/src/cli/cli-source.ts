import fs from 'node:fs';
import { SHIPPED_MODELS } from '@openiort/dosimetry';
import { loadConfig } from '../config.ts';
import type { SourceRequest } from '../dosimetry/dose-request.ts';
import {
  findSourceModel,
  inlineResolved,
  shippedResolved,
  type ResolvedModel,
} from '../dosimetry/source-model-store.ts';
import { withServices } from './cli-context.ts';
import { InputError } from './cli-input.ts';
import type { CliIo } from './commands.ts';

/** An imported model from DATABASE_URL; a SQLite file that does not exist is not created. */
async function storedModel(io: CliIo, id: string): Promise<ResolvedModel | undefined> {
  const { database } = loadConfig(io.env, io.cwd);
  if (database.dialect === 'sqlite' && !fs.existsSync(database.filename)) return undefined;
  return withServices(io.env, io.cwd, (ctx) => findSourceModel(ctx.db, id), {
    stderr: io.stderr,
  });
}

/**
 * The model a command computes with: inline, shipped (no database needed), or imported with
 * `openiort source import` (read from DATABASE_URL).
 */
export async function resolveCliSource(io: CliIo, source: SourceRequest): Promise<ResolvedModel> {
  if ('model' in source) return inlineResolved(source.model);
  const found = shippedResolved(source.id) ?? (await storedModel(io, source.id));
  if (found !== undefined) return found;
  throw new InputError([
    `source: no source model with id "${source.id}" (shipped: ${SHIPPED_MODELS.map((m) => m.id).join(', ')}; imported models are read from DATABASE_URL)`,
  ]);
}
