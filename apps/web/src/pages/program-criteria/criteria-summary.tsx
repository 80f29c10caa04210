import type { ProgramCriteria } from '@openiort/guidelines';
import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { valueLabel } from '../../clinical/fact-labels.ts';
import { TRIGGER_LABELS } from './criteria-form-values.ts';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="gray.7">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </div>
  );
}

/** One version of the program's criteria, as a description list. */
export function CriteriaSummary({ criteria }: { criteria: ProgramCriteria }) {
  const triggers = criteria.extraRiskAdaptedTriggers.map((id) => TRIGGER_LABELS[id]);
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
      <Item label="Age">Older than {criteria.minAgeExclusiveYears} years</Item>
      <Item label="Tumour size">Smaller than {criteria.maxSizeExclusiveMm} mm</Item>
      <Item label="Histologies">
        {criteria.histologies.map((h) => valueLabel('histology', h)).join(', ')}
      </Item>
      <Item label="BRCA1/2 carriers">
        {criteria.excludeBrcaCarriers ? 'Excluded' : 'Not excluded'}
      </Item>
      <Item label="Node-negative pathologic stages (cN0 counts before surgery)">
        {criteria.nodeNegativeStages.join(', ')}
      </Item>
      <Item label="Added risk-adapted triggers">
        {triggers.length === 0 ? 'None (the TARGIT defaults only)' : triggers.join(', ')}
      </Item>
    </SimpleGrid>
  );
}
