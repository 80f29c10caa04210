import { parseSource } from '../dosimetry/dose-request.ts';
import { isObject } from '../dosimetry/field-checks.ts';
import { DEFAULT_PLAN_LIMITS, planLimitsSchema } from '@openiort/dosimetry';
import { fieldErrorsFromZod } from '@openiort/contract';
import { computePlan } from '../dosimetry/plan-compute.ts';
import type { LimitsInForce } from '../program-limits/limits-service.ts';
import { AppError } from '../http/app-error.ts';
import { resolveCliSource } from './cli-source.ts';
import { InputError, readJson, reportingInputErrors, singleOperand } from './cli-input.ts';
import type { Command } from './commands.ts';

export const PLAN_USAGE =
  'Usage: npx openiort plan FILE|- [--limits LIMITS.json] [--smoothness μ]\n' +
  'FILE: { "source": ID or a model, "airKermaStrengthU"?: U, "applicator": { "type": "balloon", "fillVolumeCc" },\n' +
  '        "prescription": { "doseGy", "to": "surface" | "depth", "depthCm"? }, "skinDistanceCm", "chestWallDistanceCm"? };\n' +
  '"-" reads stdin. LIMITS.json: { "minSkinDistanceCm", "warnSkinDistanceCm", "secondCheckTolerancePercent",\n' +
  '        "strengthTolerancePercent", "outputTolerancePercent"?, "reportableDeviationPercent"? } (defaults 5 and 20);\n' +
  '        without it, the cited defaults.\n' +
  'μ ≥ 0 weighs the smoothness of neighbouring dwell times (docs/adr/0009).\n';

/** The program limits for a plan made without the database: a file's, or the cited defaults. */
async function cliLimits(file: unknown, io: Parameters<Command>[1]): Promise<LimitsInForce> {
  if (typeof file !== 'string') return { version: 'default-1', limits: { ...DEFAULT_PLAN_LIMITS } };
  const parsed = planLimitsSchema.safeParse(await readJson(file, io, '--limits: '));
  if (!parsed.success)
    throw new InputError(
      lines(fieldErrorsFromZod(parsed.error).map((e) => ({ ...e, path: `limits.${e.path}` }))),
    );
  return { version: `file:${file}`, limits: parsed.data };
}

/** --smoothness as a number ≥ 0, or undefined when not given (the engine's default applies). */
function smoothnessOption(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const weight = value.trim() === '' ? NaN : Number(value);
  if (!(Number.isFinite(weight) && weight >= 0))
    throw new InputError([`--smoothness: must be a number ≥ 0 (got "${value}")`]);
  return weight;
}

const lines = (errors: readonly { path: string; message: string }[]) =>
  errors.map((e) => `${e.path}: ${e.message}`);

/**
 * A plan request as the CLI reads it (`{ "source", …the plan input }`), planned with the limits
 * and smoothness the options give; input errors are thrown as InputError with `prefix` on paths.
 */
export async function planFromCliJson(
  raw: unknown,
  args: Parameters<Command>[0],
  io: Parameters<Command>[1],
  prefix: string,
) {
  const limits = await cliLimits(args.limits, io);
  const smoothnessWeight = smoothnessOption(args.smoothness);
  if (!isObject(raw))
    throw new InputError([`${prefix || '(input)'}: must be a JSON object { "source", … }`]);
  const { source, ...input } = raw;
  const errors: { path: string; message: string }[] = [];
  const sourceRequest = parseSource(source, `${prefix}source`, errors);
  if (sourceRequest === undefined) throw new InputError(lines(errors));
  const resolved = await resolveCliSource(io, sourceRequest);
  try {
    const planned = computePlan(
      resolved,
      input,
      prefix,
      limits,
      'cli',
      smoothnessWeight === undefined ? {} : { smoothnessWeight },
    );
    return { planned, resolved };
  } catch (error) {
    if (error instanceof AppError && error.errors !== undefined) {
      throw new InputError(lines(error.errors));
    }
    throw error;
  }
}

/**
 * Plans a balloon treatment from a file or stdin: dwell times, doses, DVH, second check and
 * warnings as JSON. Stores nothing. Exit 0 when the engine answered (status "ok" or "refused",
 * with the reason), 2 for bad input.
 */
export const planCommand: Command = async (args, io, operands) => {
  const file = singleOperand(operands);
  if (file === undefined) {
    io.stderr.write(PLAN_USAGE);
    return 2;
  }
  return reportingInputErrors(io, 'Nothing was planned.', async () => {
    const { planned, resolved } = await planFromCliJson(await readJson(file, io), args, io, '');
    const { model } = resolved;
    const answer = {
      ...planned.output,
      source: {
        id: model.id,
        checksum: resolved.checksum,
        clinicalUse: model.provenance.clinicalUse,
      },
      engineVersion: planned.engineVersion,
      limitsVersion: planned.limitsVersion,
    };
    io.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
    return 0;
  });
};
