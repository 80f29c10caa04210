import { validateSourceModel, type ModelError, type SourceModel } from '@openiort/dosimetry';
import { where, type AnisotropyTable, type TwoColumnTable } from './source-csv.ts';

/** What `openiort source import` was given, with the tables already read. */
export interface SourceImportInput {
  id: string | undefined;
  name: string | undefined;
  geometry: string | undefined;
  kind: string | undefined;
  lambda: string | undefined;
  length: string | undefined;
  strength: string | undefined;
  provenance: string | undefined;
  clinical: boolean;
  g: TwoColumnTable;
  f: AnisotropyTable | undefined;
  phi: TwoColumnTable | undefined;
}

const OPTION_OF_FIELD: Record<string, string> = {
  id: '--id',
  name: '--name',
  kind: '--kind',
  geometry: '--geometry',
  doseRateConstantCGyPerHPerU: '--lambda',
  activeLengthCm: '--length',
  nominalAirKermaStrengthU: '--strength',
  provenance: '--provenance',
};

/** A number option as given, NaN (refused by the model check) when it is not one. */
const numberOption = (value: string | undefined) =>
  value === undefined ? undefined : value.trim() === '' ? NaN : Number(value);

/** Where in the files or options a model-check problem lies. */
function locate(input: SourceImportInput, error: ModelError): string {
  const { path, message } = error;
  const option = OPTION_OF_FIELD[path.split('.')[0] ?? ''];
  if (option !== undefined) return `${option}: ${message}`;
  if (path.startsWith('radialDoseFunction')) {
    const { g } = input;
    const atOne = g.xs.indexOf(1);
    const place =
      path.endsWith('.g') && atOne >= 0 ? where(g.file, g.lines[atOne] ?? 0, 2) : g.file;
    return `${place}: ${message}`;
  }
  if (path.startsWith('anisotropyFactor') && input.phi !== undefined) {
    return `${input.phi.file}: ${message}`;
  }
  if (path.startsWith('anisotropyFunction') && input.f !== undefined) {
    const cell = /^anisotropyFunction\.F\[(\d+)\](?:\[(\d+)\])?$/.exec(path);
    if (cell !== null) {
      const line = input.f.lines[Number(cell[1])] ?? 0;
      const column = cell[2] === undefined ? undefined : Number(cell[2]) + 2;
      return `${where(input.f.file, line, column)}: ${message}`;
    }
    return `${input.f.file}: ${message}`;
  }
  if (path === 'anisotropyFunction') return `--f: ${message}`;
  return `${path}: ${message}`;
}

/** Problems with which tables and options go with the geometry, before the model check. */
function geometryProblems(input: SourceImportInput): string[] {
  const problems: string[] = [];
  if (input.geometry === 'line') {
    if (input.f === undefined) problems.push('--f: a line source needs its F(r, θ) table');
    if (input.phi !== undefined) problems.push('--phi: applies to point sources only');
    if (input.length === undefined)
      problems.push('--length: a line source needs its active length (cm)');
  }
  if (input.geometry === 'point') {
    if (input.f !== undefined) problems.push('--f: applies to line sources only (use --phi)');
    if (input.length !== undefined) problems.push('--length: applies to line sources only');
  }
  for (const option of ['id', 'name', 'lambda', 'provenance'] as const) {
    if (input[option] === undefined) problems.push(`--${option}: is required`);
  }
  return problems;
}

/**
 * Builds a source model from the options and tables and runs the engine's model check
 * (positive values, increasing radii, g(1 cm) = 1, F(r, 90°) = 1); problems name the file, row
 * and column, or the option.
 */
export function buildSourceModel(
  input: SourceImportInput,
): { ok: true; model: SourceModel } | { ok: false; problems: string[] } {
  const candidate = {
    id: input.id,
    name: input.name,
    kind: input.kind ?? 'electronic-brachytherapy',
    geometry: input.geometry,
    ...(input.geometry === 'line' ? { activeLengthCm: numberOption(input.length) } : {}),
    doseRateConstantCGyPerHPerU: numberOption(input.lambda),
    ...(input.strength === undefined
      ? {}
      : { nominalAirKermaStrengthU: numberOption(input.strength) }),
    radialDoseFunction: { rCm: input.g.xs, g: input.g.ys },
    ...(input.f === undefined
      ? {}
      : { anisotropyFunction: { rCm: input.f.rCm, thetaDeg: input.f.thetaDeg, F: input.f.F } }),
    ...(input.phi === undefined
      ? {}
      : { anisotropyFactor: { rCm: input.phi.xs, phiAn: input.phi.ys } }),
    provenance: { source: input.provenance, clinicalUse: input.clinical },
  };
  const checked = validateSourceModel(candidate);
  const first = geometryProblems(input);
  const reported = new Set(first.map((p) => p.split(':')[0]));
  const located = checked.ok ? [] : checked.errors.map((e) => locate(input, e));
  const unique = [...new Set([...first, ...located.filter((p) => !reported.has(p.split(':')[0]))])];
  if (unique.length > 0 || !checked.ok) return { ok: false, problems: unique };
  return { ok: true, model: checked.model };
}
