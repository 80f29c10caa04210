import {
  FACT_FIELDS,
  type FactName,
  type FactValue,
  type FieldDefinition,
} from '@openiort/guidelines';

/** Readable names for the allowed values; a value not listed is shown as it is (cN0, pN1a). */
const VALUE_LABELS: Partial<Record<FactName, Record<string, string>>> = {
  phase: { preoperative: 'Preoperative', 'final-pathology': 'Final pathology' },
  germlineBrca: {
    negative: 'No mutation found',
    brca1: 'BRCA1 mutation',
    brca2: 'BRCA2 mutation',
    unknown: 'Not tested or not available',
  },
  histology: {
    ductal: 'Invasive ductal (NST)',
    lobular: 'Invasive lobular',
    'mixed-ductal-lobular': 'Mixed ductal and lobular',
    mucinous: 'Mucinous',
    tubular: 'Tubular',
    medullary: 'Medullary',
    papillary: 'Papillary',
    'other-invasive': 'Other invasive',
    dcis: 'Pure DCIS',
  },
  dcisNuclearGrade: { low: 'Low', intermediate: 'Intermediate', high: 'High' },
  erStatus: { positive: 'Positive', negative: 'Negative' },
  prStatus: { positive: 'Positive', negative: 'Negative' },
  her2Status: { positive: 'Positive', negative: 'Negative', equivocal: 'Equivocal' },
  lvsi: { none: 'None', focal: 'Focal', extensive: 'Extensive' },
  eic: { absent: 'Absent', present: 'Present' },
  focality: {
    unifocal: 'Unifocal',
    'multifocal-clinical': 'Multifocal, seen clinically or on imaging',
    'multifocal-microscopic': 'Multifocal, microscopic only',
  },
  centricity: { unicentric: 'Unicentric', multicentric: 'Multicentric' },
  nodalSurgery: { none: 'None', slnb: 'Sentinel node biopsy', alnd: 'Axillary dissection' },
  iortModality: { 'low-energy-xray': 'Low-energy X-ray (50 kV)', electron: 'Electrons' },
};

/** Names of facts the engine derives from others (shown as evidence, never entered). */
const DERIVED_LABELS: Record<string, string> = {
  nodalStage: 'Nodal stage (best available)',
};

export function factDefinition(name: string): FieldDefinition | undefined {
  return Object.hasOwn(FACT_FIELDS, name) ? FACT_FIELDS[name as FactName] : undefined;
}

export function factLabel(name: string): string {
  return factDefinition(name)?.label ?? DERIVED_LABELS[name] ?? name;
}

/**
 * Help under a fact's input. The engine's help for histology and BRCA explains its codes, which
 * the form replaces with readable labels, so it is left out there.
 */
const HELP_OVERRIDES: Partial<Record<FactName, string | undefined>> = {
  histology: undefined,
  germlineBrca: undefined,
};

export function factHelp(name: FactName): string | undefined {
  return Object.hasOwn(HELP_OVERRIDES, name) ? HELP_OVERRIDES[name] : FACT_FIELDS[name].help;
}

export function valueLabel(name: string, value: string): string {
  return VALUE_LABELS[name as FactName]?.[value] ?? value;
}

/** A fact's value for people: units for numbers, labels for codes, Yes/No, "unknown" for null. */
export function formatFactValue(name: string, value: FactValue | null | undefined): string {
  if (value === null || value === undefined) return 'unknown';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    const definition = factDefinition(name);
    if (definition?.kind === 'number') return `${String(value)} ${definition.unit}`;
    if (definition?.kind === 'integer') {
      return definition.unit === 'grade' ? `Grade ${String(value)}` : `${String(value)} years`;
    }
    return String(value);
  }
  return valueLabel(name, value);
}
