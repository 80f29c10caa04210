import { allRuleSets, DEFAULT_PROGRAM_CRITERIA, INDETERMINATE } from '@openiort/guidelines';

const LABELS: Record<string, string> = {
  candidate: 'Candidate',
  'not-candidate': 'Not a candidate',
  'registry-required': 'Registry or trial only',
  'iort-alone': 'IORT alone',
  'add-whole-breast': 'Add whole-breast RT',
  'conditionally-recommended': 'Conditionally recommended',
  'conditionally-not-recommended': 'Conditionally not recommended',
  [INDETERMINATE]: 'Indeterminate',
};

/** "not-recommended" → "Not recommended"; known categories have hand-written labels. */
export function categoryLabel(category: string): string {
  const known = LABELS[category];
  if (known !== undefined) return known;
  const words = category.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Each rule set's categories, best first, as the engine this client was built with knows them. */
const ORDER: ReadonlyMap<string, readonly string[]> = new Map(
  allRuleSets(DEFAULT_PROGRAM_CRITERIA).map((ruleSet) => [ruleSet.id, ruleSet.categories]),
);

export type Tone = 'best' | 'good' | 'caution' | 'worst' | 'neutral';

const TONES_BY_COUNT: Record<number, readonly Tone[]> = {
  1: ['best'],
  2: ['best', 'worst'],
  3: ['best', 'caution', 'worst'],
  4: ['best', 'good', 'caution', 'worst'],
};

/**
 * Where a category sits on its rule set's scale, best to worst. Indeterminate and categories
 * this client does not know are neutral, so colour never claims more than the text says.
 */
export function categoryTone(ruleSetId: string, category: string): Tone {
  const order = ORDER.get(ruleSetId);
  const index = order?.indexOf(category) ?? -1;
  if (order === undefined || index < 0) return 'neutral';
  const tones = TONES_BY_COUNT[order.length];
  if (tones !== undefined) return tones[index] ?? 'neutral';
  if (index === 0) return 'best';
  return index === order.length - 1 ? 'worst' : 'caution';
}

export const TONE_COLORS: Record<Tone, string> = {
  best: 'green',
  good: 'yellow',
  caution: 'orange',
  worst: 'red',
  neutral: 'gray',
};
