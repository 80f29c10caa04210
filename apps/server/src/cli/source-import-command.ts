import fs from 'node:fs/promises';
import path from 'node:path';
import type { SourceModel } from '@openiort/dosimetry';
import { checksumOf } from '../dosimetry/canonical-json.ts';
import { CsvProblems, parseAnisotropyTable, parseTwoColumnTable } from '../dosimetry/source-csv.ts';
import { buildSourceModel } from '../dosimetry/source-import.ts';
import { storeSourceModel } from '../dosimetry/source-model-store.ts';
import { cliActor, withServices } from './cli-context.ts';
import { InputError, readText, reportingInputErrors } from './cli-input.ts';
import type { CliIo, Command } from './commands.ts';

export const SOURCE_IMPORT_USAGE =
  'Usage: npx openiort source import --id ID --name NAME --geometry line|point --g g.csv\n' +
  '         [--f F.csv] [--phi phi.csv] --lambda Λ [--length L] [--strength S_K]\n' +
  '         --provenance TEXT [--clinical] [--kind electronic-brachytherapy|radionuclide]\n' +
  '         [--out MODEL.json]\n';

type Args = Record<string, string | boolean | string[] | undefined>;
const text = (args: Args, name: string) =>
  typeof args[name] === 'string' ? args[name] : undefined;

/** Reads and parses one table; its problems name the file as given on the command line. */
async function table<T>(
  io: CliIo,
  file: string | undefined,
  option: string,
  parse: (name: string, content: string) => T,
): Promise<T | undefined> {
  if (file === undefined) return undefined;
  const content = await readText(file, io, `${option}: `);
  try {
    return parse(file, content);
  } catch (error) {
    if (error instanceof CsvProblems) throw new InputError(error.lines);
    throw error;
  }
}

async function modelFromArgs(args: Args, io: CliIo): Promise<SourceModel> {
  const g = await table(io, text(args, 'g'), '--g', (n, c) => parseTwoColumnTable(n, c, 'g'));
  const f = await table(io, text(args, 'f'), '--f', parseAnisotropyTable);
  const phi = await table(io, text(args, 'phi'), '--phi', (n, c) =>
    parseTwoColumnTable(n, c, 'phi_an'),
  );
  if (g === undefined) throw new InputError(['--g: the g(r) table (r_cm,g) is required']);
  const built = buildSourceModel({
    id: text(args, 'id'),
    name: text(args, 'name'),
    geometry: text(args, 'geometry'),
    kind: text(args, 'kind'),
    lambda: text(args, 'lambda'),
    length: text(args, 'length'),
    strength: text(args, 'strength'),
    provenance: text(args, 'provenance'),
    clinical: args.clinical === true,
    g,
    f,
    phi,
  });
  if (!built.ok) throw new InputError(built.problems);
  return built.model;
}

/**
 * Builds a TG-43 source model from vendor CSV tables and checks it like any model. Without
 * --out it is stored in the database (audited) under an id that is never reused; with --out the
 * model JSON is written to that file instead and the database is not touched, for review or for
 * the dose and plan commands' inline "source". Prints the id and checksum as JSON.
 */
export const sourceImportCommand: Command = async (args, io) =>
  reportingInputErrors(io, 'Nothing was imported.', async () => {
    const model = await modelFromArgs(args, io);
    const checksum = checksumOf(model);
    const out = text(args, 'out');
    const summary = { id: model.id, checksum, clinicalUse: model.provenance.clinicalUse };
    if (out !== undefined) {
      await fs.writeFile(path.resolve(io.cwd, out), `${JSON.stringify(model, null, 2)}\n`);
      io.stdout.write(
        `${JSON.stringify({ ...summary, stored: false, writtenTo: out }, null, 2)}\n`,
      );
      return 0;
    }
    return withServices(
      io.env,
      io.cwd,
      async (ctx) => {
        const stored = await storeSourceModel(ctx, model, cliActor());
        io.stdout.write(
          `${JSON.stringify({ ...summary, checksum: stored.checksum, stored: true }, null, 2)}\n`,
        );
        return 0;
      },
      { stderr: io.stderr },
    );
  });
