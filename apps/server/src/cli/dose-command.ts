import { computeDose, strengthFor } from '../dosimetry/dose-compute.ts';
import { parseDoseRequest } from '../dosimetry/dose-request.ts';
import { resolveCliSource } from './cli-source.ts';
import { InputError, readJson, reportingInputErrors, singleOperand } from './cli-input.ts';
import type { Command } from './commands.ts';

export const DOSE_USAGE =
  'Usage: npx openiort dose FILE|-\n' +
  'FILE: { "source": ID or a model, "airKermaStrengthU": U, "dwells": [{ "positionCm", "axis", "timeS" }],\n' +
  '        "points": [[x, y, z], …], "grid": { "originCm", "spacingCm", "size": [nx, ny, nz] } } (cm, s);\n' +
  '"-" reads stdin.\n';

/**
 * TG-43 dose at points and, optionally, on a grid, from a dwell list in a file or stdin. Needs
 * no database unless the source is an imported model's id. Exit 0 with JSON on stdout, 2 for bad
 * input (every bad field named by its path).
 */
export const doseCommand: Command = async (_args, io, operands) => {
  const file = singleOperand(operands);
  if (file === undefined) {
    io.stderr.write(DOSE_USAGE);
    return 2;
  }
  return reportingInputErrors(io, 'No dose was computed.', async () => {
    const parsed = parseDoseRequest(await readJson(file, io));
    if (!parsed.ok) throw new InputError(parsed.errors.map((e) => `${e.path}: ${e.message}`));
    const resolved = await resolveCliSource(io, parsed.request.source);
    const strength = strengthFor(resolved, parsed.request.airKermaStrengthU);
    if (typeof strength !== 'number')
      throw new InputError([`${strength.path}: ${strength.message}`]);
    const answer = await computeDose(resolved, parsed.request, strength);
    io.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
    return 0;
  });
};
