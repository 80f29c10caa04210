/** Content codings the server can send, best first: it prefers brotli, then gzip, then none. */
export const CODINGS = ['br', 'gzip', 'identity'] as const;
export type Coding = (typeof CODINGS)[number];

/** A header longer than any browser sends is not parsed past this many entries. */
const MAX_ENTRIES = 32;

/** RFC 9110 §12.4.2: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ). */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * Weights the client gave each coding (RFC 9110 §12.5.3), names lower-cased, `x-gzip` read as
 * `gzip` (§8.4.1.3). An entry whose weight is not a valid qvalue is dropped rather than guessed
 * at; of an entry named twice, the first counts.
 */
function parseWeights(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const entry of header.split(',').slice(0, MAX_ENTRIES)) {
    const [rawName = '', ...params] = entry.split(';').map((part) => part.trim());
    const name = rawName.toLowerCase() === 'x-gzip' ? 'gzip' : rawName.toLowerCase();
    if (name === '' || weights.has(name)) continue;
    let weight = 1;
    let valid = true;
    for (const param of params) {
      const [key = '', value = ''] = param.split('=').map((part) => part.trim());
      if (key.toLowerCase() !== 'q') continue;
      if (QVALUE.test(value)) weight = Number(value);
      else valid = false;
    }
    if (valid) weights.set(name, weight);
  }
  return weights;
}

/** Below every qvalue a client can write (the least is 0.001): identity when not named. */
const UNNAMED_IDENTITY = 0.0001;

/**
 * The coding to send, among those `available` (CODINGS order = the server's preference on equal
 * weights). No header: identity, the one coding every client reads. A coding's weight is its
 * own, or failing that the weight of `*`; above zero it is acceptable. Identity stays acceptable
 * unless the client excluded it (`identity;q=0`, or `*;q=0` without naming it), but when not
 * named it comes after every coding the client asked for. When nothing is acceptable the answer
 * is identity anyway (RFC 9110 §12.5.3 allows this instead of refusing).
 */
export function chooseCoding(header: string | undefined, available: readonly Coding[]): Coding {
  if (header === undefined) return 'identity';
  const weights = parseWeights(header);
  const star = weights.get('*');
  const weightOf = (coding: Coding): number =>
    weights.get(coding) ?? star ?? (coding === 'identity' ? UNNAMED_IDENTITY : 0);
  let best: Coding = 'identity';
  let bestWeight = 0;
  for (const coding of CODINGS) {
    if (!available.includes(coding)) continue;
    const weight = weightOf(coding);
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}
