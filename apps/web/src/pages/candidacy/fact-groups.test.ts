import { FACT_NAMES } from '@openiort/guidelines';
import { expect, it } from 'vitest';
import { FACT_GROUPS } from './fact-groups.ts';

it('puts every fact but the phase in exactly one group', () => {
  const grouped = FACT_GROUPS.flatMap((group) => group.facts);
  expect(new Set(grouped).size).toBe(grouped.length);
  expect([...grouped, 'phase'].sort()).toEqual([...FACT_NAMES].sort());
});
