import { z } from 'zod';

const table = (...columns: string[]) =>
  z.strictObject(Object.fromEntries(columns.map((c) => [c, z.unknown()]))).optional();

/**
 * The keys a source model may have, at every depth; the values are checked by
 * validateSourceModel. A key outside these is refused by its path, so nothing unchecked is ever
 * stored with a model or carried into a plan.
 */
const sourceModelKeys = z.strictObject({
  id: z.unknown(),
  name: z.unknown(),
  kind: z.unknown(),
  geometry: z.unknown(),
  activeLengthCm: z.unknown(),
  encapsulationRadiusCm: z.unknown(),
  doseRateConstantCGyPerHPerU: z.unknown(),
  nominalAirKermaStrengthU: z.unknown(),
  radialDoseFunction: table('rCm', 'g'),
  anisotropyFunction: table('rCm', 'thetaDeg', 'F'),
  anisotropyFactor: table('rCm', 'phiAn'),
  provenance: z
    .strictObject({ source: z.unknown(), clinicalUse: z.unknown(), notes: z.unknown() })
    .optional(),
});

/** Paths of keys a source model may not have (objects of the wrong type are left to the checks). */
export function unknownModelKeys(input: unknown): string[] {
  const parsed = sourceModelKeys.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => [...issue.path, key].map(String).join('.'))
      : [],
  );
}
