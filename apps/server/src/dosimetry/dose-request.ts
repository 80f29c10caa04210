import type { FieldError } from '@openiort/contract';
import {
  validateSourceModel,
  type Dwell,
  type Point3,
  type SourceModel,
} from '@openiort/dosimetry';
import {
  isFiniteNumber,
  isObject,
  noExtraFields,
  prefixed,
  vector3,
  type Vector3,
} from './field-checks.ts';

/** An axis this close to length 1 is normalised; anything else is refused as a typing error. */
export const AXIS_LENGTH_TOLERANCE = 1e-6;
/** At most this many voxels in one grid: 100³, about a second of work on two cores. */
export const MAX_GRID_VOXELS = 1_000_000;
export const MAX_DWELLS = 1000;
export const MAX_POINTS = 100_000;

export interface GridRequest {
  originCm: Vector3;
  spacingCm: number;
  size: Vector3;
}

/** A source: a model id (shipped or imported) or a whole model given inline. */
export type SourceRequest = { id: string } | { model: SourceModel };

export interface DoseRequest {
  source: SourceRequest;
  /** Absent: the model's nominal strength. */
  airKermaStrengthU: number | undefined;
  dwells: Dwell[];
  points: Point3[];
  grid: GridRequest | undefined;
}

export function parseSource(
  value: unknown,
  path: string,
  errors: FieldError[],
): SourceRequest | undefined {
  if (typeof value === 'string' && value.trim() !== '') return { id: value.trim() };
  if (isObject(value)) {
    const checked = validateSourceModel(value);
    if (checked.ok) return { model: checked.model };
    errors.push(...prefixed(checked.errors, `${path}.`));
    return undefined;
  }
  errors.push({
    path,
    message: 'must be a source model id (text) or a whole source model (object)',
  });
  return undefined;
}

export function parseStrength(
  value: unknown,
  path: string,
  errors: FieldError[],
): number | undefined {
  if (value === undefined) return undefined;
  if (isFiniteNumber(value) && value > 0) return value;
  errors.push({ path, message: 'must be a positive number (U = cGy cm² h⁻¹)' });
  return undefined;
}

function parseAxis(value: unknown, path: string, errors: FieldError[]): Vector3 | undefined {
  const axis = vector3(value, path, errors);
  if (axis === undefined) return undefined;
  const length = Math.hypot(...axis);
  if (Math.abs(length - 1) > AXIS_LENGTH_TOLERANCE) {
    errors.push({
      path,
      message:
        length === 0
          ? 'must be a unit vector; [0, 0, 0] has no direction'
          : `must be a unit vector (its length is ${length.toPrecision(6)})`,
    });
    return undefined;
  }
  return [axis[0] / length, axis[1] / length, axis[2] / length];
}

function parseDwells(value: unknown, errors: FieldError[]): Dwell[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_DWELLS) {
    errors.push({
      path: 'dwells',
      message: `must be a list of 1 to ${String(MAX_DWELLS)} dwells { positionCm, axis, timeS }`,
    });
    return [];
  }
  const dwells: Dwell[] = [];
  value.forEach((item: unknown, i) => {
    const at = `dwells[${String(i)}]`;
    if (!isObject(item)) {
      errors.push({ path: at, message: 'must be an object { positionCm, axis, timeS }' });
      return;
    }
    noExtraFields(item, ['positionCm', 'axis', 'timeS'], `${at}.`, errors);
    const positionCm = vector3(item.positionCm, `${at}.positionCm`, errors);
    const axis = parseAxis(item.axis, `${at}.axis`, errors);
    const timeS = item.timeS;
    if (!isFiniteNumber(timeS) || timeS < 0) {
      errors.push({ path: `${at}.timeS`, message: 'must be a number of seconds, 0 or more' });
    } else if (positionCm !== undefined && axis !== undefined) {
      dwells.push({ positionCm, axis, timeS });
    }
  });
  return dwells;
}

function parsePoints(value: unknown, errors: FieldError[]): Point3[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_POINTS) {
    errors.push({
      path: 'points',
      message: `must be a list of at most ${String(MAX_POINTS)} points [x, y, z] (cm)`,
    });
    return [];
  }
  const points: Point3[] = [];
  value.forEach((p: unknown, i) => {
    const point = vector3(p, `points[${String(i)}]`, errors);
    if (point !== undefined) points.push(point);
  });
  return points;
}

function parseGrid(value: unknown, errors: FieldError[]): GridRequest | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    errors.push({ path: 'grid', message: 'must be an object { originCm, spacingCm, size }' });
    return undefined;
  }
  noExtraFields(value, ['originCm', 'spacingCm', 'size'], 'grid.', errors);
  const before = errors.length;
  const originCm = vector3(value.originCm, 'grid.originCm', errors);
  const spacingCm = value.spacingCm;
  if (!isFiniteNumber(spacingCm) || !(spacingCm > 0)) {
    errors.push({ path: 'grid.spacingCm', message: 'must be a positive number (cm)' });
  }
  const n = value.size;
  const size =
    Array.isArray(n) && n.length === 3 && n.every((x) => Number.isInteger(x) && (x as number) > 0)
      ? ([n[0], n[1], n[2]] as Vector3)
      : undefined;
  if (size === undefined) {
    errors.push({
      path: 'grid.size',
      message: 'must be three whole numbers of voxels [nx, ny, nz], each 1 or more',
    });
  } else if (size[0] * size[1] * size[2] > MAX_GRID_VOXELS) {
    errors.push({
      path: 'grid.size',
      message: `has ${String(size[0] * size[1] * size[2])} voxels; at most ${String(MAX_GRID_VOXELS)} are allowed`,
    });
    return undefined;
  }
  if (
    errors.length > before ||
    originCm === undefined ||
    !isFiniteNumber(spacingCm) ||
    size === undefined
  )
    return undefined;
  return { originCm, spacingCm, size };
}

/**
 * Checks a dose request, naming every bad field by its path ("dwells[2].axis",
 * "source.radialDoseFunction.g"). Axes within 1e-6 of unit length are normalised; others,
 * including [0, 0, 0], are refused.
 */
export function parseDoseRequest(
  input: unknown,
): { ok: true; request: DoseRequest } | { ok: false; errors: FieldError[] } {
  if (!isObject(input)) {
    return {
      ok: false,
      errors: [
        {
          path: '(input)',
          message: 'must be a JSON object { source, airKermaStrengthU, dwells, points?, grid? }',
        },
      ],
    };
  }
  const errors: FieldError[] = [];
  noExtraFields(input, ['source', 'airKermaStrengthU', 'dwells', 'points', 'grid'], '', errors);
  const source = parseSource(input.source, 'source', errors);
  const airKermaStrengthU = parseStrength(input.airKermaStrengthU, 'airKermaStrengthU', errors);
  const dwells = parseDwells(input.dwells, errors);
  const points = parsePoints(input.points, errors);
  const grid = parseGrid(input.grid, errors);
  if (input.points === undefined && input.grid === undefined) {
    errors.push({ path: 'points', message: 'give points, a grid, or both' });
  }
  if (errors.length > 0 || source === undefined) return { ok: false, errors };
  return { ok: true, request: { source, airKermaStrengthU, dwells, points, grid } };
}
