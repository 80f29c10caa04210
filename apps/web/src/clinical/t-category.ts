import type { ClinicalFacts } from '@openiort/guidelines';

/** The T categories that follow from size alone (T4 needs chest-wall or skin involvement). */
export type SizeTCategory = 'Tis' | 'T1mi' | 'T1a' | 'T1b' | 'T1c' | 'T2' | 'T3';

/** Upper bounds (inclusive, mm) of the invasive T categories, smallest first. */
const SIZE_BOUNDS_MM: readonly (readonly [number, SizeTCategory])[] = [
  [1, 'T1mi'],
  [5, 'T1a'],
  [10, 'T1b'],
  [20, 'T1c'],
  [50, 'T2'],
];

/** T category of an invasive tumour from its largest invasive size in mm; null without a size. */
export function tCategoryFromSizeMm(sizeMm: number): SizeTCategory | null {
  if (!Number.isFinite(sizeMm) || sizeMm <= 0) return null;
  for (const [upperMm, category] of SIZE_BOUNDS_MM) {
    if (sizeMm <= upperMm) return category;
  }
  return 'T3';
}

/**
 * The T category the facts imply: Tis for pure DCIS, otherwise from the invasive size. Shown
 * beside the size as "derived"; the engine reads the size itself, never this label.
 */
export function deriveTCategory(
  facts: Pick<ClinicalFacts, 'histology' | 'invasiveSizeMm'>,
): SizeTCategory | null {
  if (facts.histology === 'dcis') return 'Tis';
  return facts.invasiveSizeMm === undefined ? null : tCategoryFromSizeMm(facts.invasiveSizeMm);
}
