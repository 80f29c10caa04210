import type { FieldError } from '@openiort/contract';
import {
  validateSourceModel,
  type Dwell,
  type Point3,
  type SourceModel,
} from '@openiort/dosimetry';
import { z } from 'zod';
import { bracketFieldErrors, isFiniteNumber, isObject, type Vector3 } from './field-checks.ts';

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

const isVector3 = (v: unknown): v is Vector3 =>
  Array.isArray(v) && v.length === 3 && v.every(isFiniteNumber);

/** Three finite numbers, reported at the vector's own path (not at each element). */
const vector3Cm = z.custom<Vector3>(isVector3, { error: 'must be three numbers [x, y, z] (cm)' });

/** A unit vector; within AXIS_LENGTH_TOLERANCE of length 1 it is normalised. */
const axisSchema = vector3Cm.transform((axis, ctx): Vector3 => {
  const length = Math.hypot(...axis);
  if (Math.abs(length - 1) > AXIS_LENGTH_TOLERANCE) {
    ctx.issues.push({
      code: 'custom',
      input: axis,
      message:
        length === 0
          ? 'must be a unit vector; [0, 0, 0] has no direction'
          : `must be a unit vector (its length is ${length.toPrecision(6)})`,
    });
    return z.NEVER;
  }
  return [axis[0] / length, axis[1] / length, axis[2] / length];
});

const seconds = 'must be a number of seconds, 0 or more';
const dwellSchema = z.strictObject(
  {
    positionCm: vector3Cm,
    axis: axisSchema,
    timeS: z.number({ error: seconds }).min(0, { error: seconds }),
  },
  { error: 'must be an object { positionCm, axis, timeS }' },
);

const dwellsList = `must be a list of 1 to ${String(MAX_DWELLS)} dwells { positionCm, axis, timeS }`;
const pointsList = `must be a list of at most ${String(MAX_POINTS)} points [x, y, z] (cm)`;
const strength = 'must be a positive number (U = cGy cm² h⁻¹)';
const voxels = 'must be three whole numbers of voxels [nx, ny, nz], each 1 or more';

const gridSchema = z
  .strictObject(
    {
      originCm: vector3Cm,
      spacingCm: z
        .number({ error: 'must be a positive number (cm)' })
        .positive({ error: 'must be a positive number (cm)' }),
      size: z.custom<Vector3>(
        (v) => Array.isArray(v) && v.length === 3 && v.every((n) => Number.isInteger(n) && n > 0),
        { error: voxels },
      ),
    },
    { error: 'must be an object { originCm, spacingCm, size }' },
  )
  .superRefine((grid, ctx) => {
    const count = grid.size[0] * grid.size[1] * grid.size[2];
    if (count > MAX_GRID_VOXELS) {
      ctx.addIssue({
        code: 'custom',
        path: ['size'],
        message: `has ${String(count)} voxels; at most ${String(MAX_GRID_VOXELS)} are allowed`,
      });
    }
  });

/**
 * A model id, or a whole model checked by the engine's own validator (which names every bad
 * field of the model, with the checks no schema can express, such as g(1 cm) = 1).
 */
const sourceSchema = z.unknown().transform((value, ctx): SourceRequest => {
  if (typeof value === 'string' && value.trim() !== '') return { id: value.trim() };
  if (isObject(value)) {
    const checked = validateSourceModel(value);
    if (checked.ok) return { model: checked.model };
    for (const e of checked.errors) {
      // The validator's paths are dotted text ("radialDoseFunction.g"); "(model)" is the whole.
      const path = e.path.startsWith('(') ? [] : [e.path];
      ctx.issues.push({ code: 'custom', input: value, path, message: e.message });
    }
    return z.NEVER;
  }
  ctx.issues.push({
    code: 'custom',
    input: value,
    message: 'must be a source model id (text) or a whole source model (object)',
  });
  return z.NEVER;
});

/** The `openiort dose` request (DESIGN.md: one strict schema per input, unknown keys refused). */
export const doseRequestSchema = z
  .strictObject({
    source: sourceSchema,
    airKermaStrengthU: z.number({ error: strength }).positive({ error: strength }).optional(),
    dwells: z
      .array(dwellSchema, { error: dwellsList })
      .min(1, dwellsList)
      .max(MAX_DWELLS, dwellsList),
    points: z.array(vector3Cm, { error: pointsList }).max(MAX_POINTS, pointsList).optional(),
    grid: gridSchema.optional(),
  })
  .superRefine((request, ctx) => {
    if (request.points === undefined && request.grid === undefined) {
      ctx.addIssue({ code: 'custom', path: ['points'], message: 'give points, a grid, or both' });
    }
  });

/** A source as the plan CLI gives it, errors named under `path`. */
export function parseSource(
  value: unknown,
  path: string,
  errors: FieldError[],
): SourceRequest | undefined {
  const result = sourceSchema.safeParse(value);
  if (result.success) return result.data;
  errors.push(
    ...bracketFieldErrors(result.error).map((e) => ({
      path: e.path === '(input)' ? path : `${path}.${e.path}`,
      message: e.message,
    })),
  );
  return undefined;
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
  const result = doseRequestSchema.safeParse(input);
  if (!result.success) return { ok: false, errors: bracketFieldErrors(result.error) };
  const { source, airKermaStrengthU, dwells, points = [], grid } = result.data;
  return { ok: true, request: { source, airKermaStrengthU, dwells, points, grid } };
}
