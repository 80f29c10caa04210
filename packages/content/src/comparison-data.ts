/**
 * The public comparison as data, so the web page, a server-made handout and the tests read the
 * same figures. Text comes from the translations (keys under `comparison.`); numbers stay here.
 * Sources: reference/clinical.md §2a (TARGIT-A), §2b (ELIOT), §2d (START-B, Florence), §2f.
 */

export const OPTION_IDS = ['iort', 'wbi3', 'wbi5', 'pbi5'] as const;
export type OptionId = (typeof OPTION_IDS)[number];

export interface TreatmentOption {
  id: OptionId;
  /** Radiation visits; 0 for IORT, given during surgery. */
  visits: number;
  /** Extra visits when a boost is added (whole-breast, 5 weeks): 5 to 8. */
  boostVisits?: { from: number; to: number };
  /** Calendar weeks of treatment; undefined for IORT (same day). */
  weeks?: { from: number; to: number };
  /** The regimen as clinicians write it, shown beside the plain name. */
  regimen: string;
}

export const TREATMENT_OPTIONS: readonly TreatmentOption[] = [
  { id: 'iort', visits: 0, regimen: '20 Gy × 1' },
  { id: 'wbi3', visits: 15, weeks: { from: 3, to: 3 }, regimen: '40 Gy / 15' },
  {
    id: 'wbi5',
    visits: 25,
    boostVisits: { from: 5, to: 8 },
    weeks: { from: 5, to: 6.5 },
    regimen: '50 Gy / 25',
  },
  { id: 'pbi5', visits: 5, weeks: { from: 1, to: 2 }, regimen: '30 Gy / 5' },
];

export type ArmId =
  | 'targitIort'
  | 'targitWbi'
  | 'eliotIort'
  | 'eliotWbi'
  | 'startB3w'
  | 'startB5w'
  | 'florencePbi'
  | 'florenceWbi';

export interface RecurrenceArm {
  id: ArmId;
  option: OptionId | 'iort-electrons';
  /** Women per 1,000 whose cancer came back in the same breast by the time horizon. */
  perThousand: number;
  /** The published rate the figure comes from, as a fraction (0.0211 = 2.11%). */
  rate: number;
}

export interface RecurrenceFigure {
  id: 'targit' | 'eliot' | 'startB' | 'florence';
  horizonYears: number;
  arms: readonly RecurrenceArm[];
  citation: string;
}

/** Per 1,000 = the published percentage × 10, rounded to a whole woman. */
const per1000 = (rate: number) => Math.round(rate * 1000);

const arm = (id: ArmId, option: RecurrenceArm['option'], rate: number): RecurrenceArm => ({
  id,
  option,
  rate,
  perThousand: per1000(rate),
});

export const RECURRENCE_FIGURES: readonly RecurrenceFigure[] = [
  {
    // 24/1,140 vs 11/1,158 with complete 5-year follow-up (2.11% vs 0.95%).
    id: 'targit',
    horizonYears: 5,
    arms: [arm('targitIort', 'iort', 24 / 1140), arm('targitWbi', 'wbi5', 11 / 1158)],
    citation: 'Vaidya JS et al. BMJ 2020;370:m2836 (TARGIT-A)',
  },
  {
    // 10-year IBTR 8.1% vs 1.1%; ELIOT 5-year 4.2%, 15-year 12.6%.
    id: 'eliot',
    horizonYears: 10,
    arms: [arm('eliotIort', 'iort-electrons', 0.081), arm('eliotWbi', 'wbi5', 0.011)],
    citation: 'Orecchia R et al. Lancet Oncol 2021;22:597–608 (ELIOT)',
  },
  {
    // 10-year local-regional relapse 4.3% (40 Gy/15) vs 5.5% (50 Gy/25).
    id: 'startB',
    horizonYears: 10,
    arms: [arm('startB3w', 'wbi3', 0.043), arm('startB5w', 'wbi5', 0.055)],
    citation: 'Haviland JS et al. Lancet Oncol 2013;14:1086–1094 (START-B)',
  },
  {
    // 10-year IBTR 3.7% (30 Gy/5 PBI) vs 2.5% (50 Gy/25 + boost), P = 0.40.
    id: 'florence',
    horizonYears: 10,
    arms: [arm('florencePbi', 'pbi5', 0.037), arm('florenceWbi', 'wbi5', 0.025)],
    citation: 'Meattini I et al. J Clin Oncol 2020;38:4175–4183 (APBI-IMRT-Florence)',
  },
];

/** ELIOT's IORT arm at 5 and 15 years, per 1,000 (4.2% and 12.6%). */
export const ELIOT_IORT_PER_THOUSAND = { fiveYear: per1000(0.042), fifteenYear: per1000(0.126) };

/** TARGIT-A BMJ 2020 counts behind the 5-year figures. */
export const TARGIT_COUNTS = { iortEvents: 24, iortTotal: 1140, wbiEvents: 11, wbiTotal: 1158 };

/** Every paper the public pages cite, written as citations (not translated). */
export const PUBLIC_SOURCES: readonly string[] = [
  'TARGIT-A: Vaidya JS et al. Lancet 2014;383:603–613, and BMJ 2020;370:m2836.',
  'ELIOT: Orecchia R et al. Lancet Oncol 2021;22:597–608.',
  'START-B: Haviland JS et al. Lancet Oncol 2013;14:1086–1094. FAST-Forward: Murray Brunt A et al. Lancet 2020;395:1613–1626.',
  'APBI-IMRT-Florence: Meattini I et al. J Clin Oncol 2020;38:4175–4183.',
  'Balloon IORT multicentre study: 243 patients at 17 US hospitals, 20 Gy at the balloon surface.',
  'Sperk E et al. Breast Cancer Res Treat 2012;135:253–260. Berger L et al. Strahlenther Onkol 2024;200:276–286.',
  'ASTRO: Smith BD et al. 2009; Correa C et al. 2017; Shaitelman SF et al. 2024.',
];
