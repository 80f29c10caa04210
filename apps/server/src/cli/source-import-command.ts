import fs from 'node:fs/promises';
import path from 'node:path';
import type { SourceModel } from '@openiort/dosimetry';
import {
  ALONG_AWAY_TOLERANCE_PERCENT,
  compareAlongAway,
  type AlongAwayComparison,
} from '../dosimetry/along-away-check.ts';
import { parseAlongAwayTable } from '../dosimetry/along-away-csv.ts';
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
  '         [--out MODEL.json] [--along-away AA.csv [--along-away-tolerance PERCENT]\n' +
  '         [--force-reason TEXT]]\n';

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

async function modelFromArgs(
  args: Args,
  io: CliIo,
): Promise<{ model: SourceModel; notes: string[] }> {
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
  return { model: built.model, notes: [g, f, phi].flatMap((t) => t?.notes ?? []) };
}

/** --along-away-tolerance as a percentage above 0, the default when not given. */
function toleranceOption(args: Args): number {
  const given = text(args, 'along-away-tolerance');
  if (given === undefined) return ALONG_AWAY_TOLERANCE_PERCENT;
  const value = given.trim() === '' ? NaN : Number(given);
  if (!(Number.isFinite(value) && value > 0))
    throw new InputError([`--along-away-tolerance: must be a percentage above 0 (got "${given}")`]);
  return value;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

function deviationText(c: AlongAwayComparison): string {
  if (c.at === null)
    return `no cell of ${c.file} between 20° and 160° from the axis could be compared`;
  const sign = c.maxDeviationPercent >= 0 ? '+' : '';
  return `largest deviation ${sign}${c.maxDeviationPercent.toFixed(2)} % at y = ${String(c.at.yCm)} cm, z = ${String(c.at.zCm)} cm (θ = ${c.at.thetaDeg.toFixed(0)}°; ${c.at.place}: table ${String(c.at.tableCGyPerHPerU)}, model ${c.at.modelCGyPerHPerU.toPrecision(4)} cGy h⁻¹ U⁻¹)`;
}

/**
 * Checks the model against the along-away table when one is given. Over the tolerance the
 * import is refused unless --force-reason gives a reason, which is kept with the model.
 */
async function checkAlongAway(
  args: Args,
  io: CliIo,
  model: SourceModel,
  notes: string[],
): Promise<AlongAwayComparison | undefined> {
  const tolerance = toleranceOption(args);
  const file = text(args, 'along-away');
  const table = await (async () => {
    if (file === undefined) return undefined;
    const content = await readText(file, io, '--along-away: ');
    try {
      return parseAlongAwayTable(file, content);
    } catch (error) {
      if (error instanceof CsvProblems) throw new InputError(error.lines);
      throw error;
    }
  })();
  if (table === undefined) return undefined;
  const comparison = compareAlongAway(model, table, tolerance);
  const finding = `${deviationText(comparison)}, tolerance ${String(tolerance)} % (θ 20°–160°, ${String(comparison.comparedCount)} cells compared)`;
  if (comparison.withinTolerance) {
    notes.push(`Along-away check against ${table.file}: ${finding}.`);
    return comparison;
  }
  const reason = text(args, 'force-reason');
  if (reason === undefined || reason.trim() === '')
    throw new InputError([
      `--along-away: ${finding} — over the tolerance.`,
      'Check the tables, Λ and L; to import anyway, give --force-reason TEXT (kept with the model).',
    ]);
  notes.push(
    `Along-away check against ${table.file}: ${finding} — imported over the tolerance; reason: "${reason.trim()}".`,
  );
  return comparison;
}

/** The import notes kept in the model's provenance, after any notes it had. */
function withNotes(model: SourceModel, notes: readonly string[]): SourceModel {
  if (notes.length === 0) return model;
  const all = [model.provenance.notes, ...notes].filter((n) => n !== undefined && n !== '');
  return { ...model, provenance: { ...model.provenance, notes: all.join(' ') } };
}

/**
 * Builds a TG-43 source model from vendor CSV tables and checks it like any model. Without
 * --out it is stored in the database (audited) under an id that is never reused; with --out the
 * model JSON is written to that file instead and the database is not touched, for review or for
 * the dose and plan commands' inline "source". Prints the id and checksum as JSON.
 */
export const sourceImportCommand: Command = async (args, io) =>
  reportingInputErrors(io, 'Nothing was imported.', async () => {
    const built = await modelFromArgs(args, io);
    const notes = [...built.notes];
    const comparison = await checkAlongAway(args, io, built.model, notes);
    const model = withNotes(built.model, notes);
    const checksum = checksumOf(model);
    const out = text(args, 'out');
    const summary = {
      id: model.id,
      checksum,
      clinicalUse: model.provenance.clinicalUse,
      ...(notes.length === 0 ? {} : { notes }),
      ...(comparison === undefined
        ? {}
        : {
            alongAway: {
              comparedCount: comparison.comparedCount,
              skippedNearAxisCount: comparison.skippedNearAxisCount,
              skippedInsideCount: comparison.skippedInsideCount,
              blankCount: comparison.blankCount,
              maxDeviationPercent: round(comparison.maxDeviationPercent, 3),
              at: comparison.at,
              tolerancePercent: comparison.tolerancePercent,
              withinTolerance: comparison.withinTolerance,
            },
          }),
    };
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
