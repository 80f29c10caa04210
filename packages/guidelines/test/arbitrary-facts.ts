import fc from 'fast-check';
import {
  FACT_FIELDS,
  FACT_NAMES,
  type ClinicalFacts,
  type FactName,
  type FactValue,
  type FieldDefinition,
} from '../src/index.ts';

/** Numbers near the thresholds rules use (every 0.05 mm up to 60 mm) plus the odd large one. */
function valueOf(definition: FieldDefinition): fc.Arbitrary<FactValue> {
  switch (definition.kind) {
    case 'enum':
      return fc.constantFrom(...definition.values);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: definition.min, max: definition.max });
    case 'number':
      return fc.oneof(
        fc.integer({ min: 0, max: 1200 }).map((n) => Math.round(n * 5) / 100),
        fc.integer({ min: definition.min, max: definition.max }),
      );
  }
}

export const factValue = (name: FactName) => valueOf(FACT_FIELDS[name]);

/** Any valid facts object, with each field present or absent. */
export const arbitraryFacts: fc.Arbitrary<ClinicalFacts> = fc
  .record(
    Object.fromEntries(
      FACT_NAMES.map((name) => [name, fc.option(factValue(name), { nil: undefined })]),
    ),
  )
  .map(
    (record) =>
      Object.fromEntries(
        Object.entries(record).filter(([, v]) => v !== undefined),
      ) as ClinicalFacts,
  );
