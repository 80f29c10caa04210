import { formatNumber } from './create-i18n.ts';
import type { Language } from './languages.ts';

/**
 * The figures public pages state, as numbers with their source (reference/clinical.md §2).
 * Translations never carry these numbers; they name placeholders, and each language formats the
 * numbers with Intl (decimal comma, grouping, percent sign).
 */
export const FIGURES = {
  /** Balloon IORT multicentre study, 243 women: mean beam-on time 10.2 min (clinical.md §2c). */
  doseMinutes: 10,
  /** Program patient page: IORT adds about 30 minutes to surgery (clinical.md §1i). */
  addedMinutes: 30,
  /** TARGIT protocol: 20 Gy at the applicator surface (clinical.md §3). */
  doseGy: 20,
  sourceKilovolts: 50,
  /** TARGIT-A, Lancet 2014: 239 of 1,571 given IORT also had whole-breast radiation (15.2%). */
  wbiAfterIortCount: 239,
  iortTreatedCount: 1571,
  wbiAfterIortShare: 0.152,
  /** Same report, IORT given during the lumpectomy (prepathology stratum): 21.6%. */
  wbiAfterIortAtSurgeryShare: 0.216,
  /** Whole-breast radiation added after IORT: 15 to 25 visits over 3 to 5 weeks (clinical.md §2f). */
  addedVisitsMin: 15,
  addedVisitsMax: 25,
  addedWeeksMin: 3,
  addedWeeksMax: 5,
  /** Sperk 2012, Mannheim, 3-year fibrosis: IORT alone 5.9%, whole-breast 18.4%. */
  fibrosisIortShare: 0.059,
  fibrosisWbiShare: 0.184,
  /** Berger 2024: 10 of 408 needed another operation for a wound problem. */
  woundCount: 10,
  woundTotal: 408,
  /** TARGIT counselling: a firm area usually settles after 18 to 24 months. */
  firmAreaMonthsMin: 18,
  firmAreaMonthsMax: 24,
} as const;

/** The figures formatted for one language, ready to interpolate (`{{fibrosisIortShare}}`). */
export function formattedFigures(language: Language): Record<keyof typeof FIGURES, string> {
  const out = {} as Record<keyof typeof FIGURES, string>;
  for (const [name, value] of Object.entries(FIGURES) as [keyof typeof FIGURES, number][]) {
    out[name] = name.endsWith('Share')
      ? formatNumber(language, value, { style: 'percent', minimumFractionDigits: 1 })
      : name.endsWith('Minutes')
        ? formatNumber(language, value, { style: 'unit', unit: 'minute' })
        : formatNumber(language, value);
  }
  return out;
}
