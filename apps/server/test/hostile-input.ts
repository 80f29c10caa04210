import fc from 'fast-check';

/**
 * Arbitraries for requests a hurried user or an attacker sends: hostile text (NUL, unpaired
 * surrogates, bidi overrides, controls, very long, markup), hostile numbers, JSON that is deep,
 * wide or of the wrong type, and known request shapes with one part broken.
 */
export const hostileText = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'Anna\u0000',
    '\ud800',
    'x\udc00y',
    '\u202eevil',
    'a\u2066b',
    '\u0007bell',
    '<img src=x onerror=alert(1)>',
    "'; drop table patients; --",
    '../../etc/passwd',
    '%00',
    '%zz',
    'e\u0301',
    ' ',
    '',
    'x'.repeat(5000),
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

export const hostileNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1e308, -1e308, 1e-300, 2 ** 53 + 1, 0.1 + 0.2),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

const leaf = fc.oneof(hostileText, hostileNumber, fc.boolean(), fc.constant(null));

/** Any JSON value, a few levels deep. */
export const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileText, fc.string({ maxLength: 12 })), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

/** Arrays or objects nested `depth` deep, as text (deeper than the body limit when depth > 32). */
export const deepJsonText = fc
  .tuple(fc.integer({ min: 1, max: 5000 }), fc.boolean())
  .map(([depth, objects]) =>
    objects
      ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
      : `${'['.repeat(depth)}1${']'.repeat(depth)}`,
  );

/** Known request bodies, each with one field replaced by something hostile, or a key added. */
const KNOWN_BODIES: Record<string, unknown>[] = [
  {
    mrn: 'FUZZ-1',
    familyName: 'Fuzzfiktiv',
    givenName: 'Anna',
    birthDate: '1950-01-01',
    sex: 'female',
    preferredLanguage: 'en',
    version: 1,
  },
  {
    sourceId: 'demo-50kv-ebx',
    input: {
      applicator: { type: 'balloon', fillVolumeCc: 45 },
      prescription: { doseGy: 20, to: 'surface' },
      skinDistanceCm: 1.2,
    },
    version: 1,
  },
  { facts: { phase: 'preoperative', ageYears: 65, histology: 'idc', invasiveSizeMm: 12 } },
  { phase: 'preoperative', ageYears: 65, histology: 'idc', invasiveSizeMm: 12 },
  {
    email: 'fuzz@example.org',
    password: 'a fuzzing passphrase',
    displayName: 'Fuzz',
    role: 'nurse',
  },
  { password: 'a fuzzing passphrase', meaning: 'ok', version: 1 },
  {
    limits: {
      minSkinDistanceCm: 0.7,
      warnSkinDistanceCm: 1,
      secondCheckTolerancePercent: 5,
      strengthTolerancePercent: 20,
    },
    reason: 'fuzz',
  },
];

/** Sets `value` at a path of keys inside a copy of `body` (creating objects as needed). */
function withAt(body: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head = '', ...rest] = path;
  const base =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  return { ...base, [head]: withAt(base[head], rest, value) };
}

const keyPaths = (value: unknown, prefix: string[] = []): string[][] =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...keyPaths(v, [...prefix, k])])
    : [];

export const brokenKnownBody = fc
  .constantFrom(...KNOWN_BODIES)
  .chain((body) =>
    fc.tuple(
      fc.constant(body),
      fc.constantFrom(...keyPaths(body)),
      fc.oneof(leaf, hostileJson),
      fc.boolean(),
    ),
  )
  .map(([body, path, value, addInstead]) =>
    addInstead ? withAt(body, [...path.slice(0, -1), 'junk'], value) : withAt(body, path, value),
  );
