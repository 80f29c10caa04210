import type { ProgramCriteria } from '@openiort/guidelines';
import { SimpleGrid } from '@mantine/core';
import { valueLabel } from '../../clinical/fact-labels.ts';
import { DescriptionItem } from '../../components/description-item.tsx';
import { TRIGGER_LABELS } from './criteria-form-values.ts';

/** One version of the program's criteria, as a description list. */
export function CriteriaSummary({ criteria }: { criteria: ProgramCriteria }) {
  const triggers = criteria.extraRiskAdaptedTriggers.map((id) => TRIGGER_LABELS[id]);
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
      <DescriptionItem label="Age">
        Older than {criteria.minAgeExclusiveYears} years
      </DescriptionItem>
      <DescriptionItem label="Tumour size">
        Smaller than {criteria.maxSizeExclusiveMm} mm
      </DescriptionItem>
      <DescriptionItem label="Histologies">
        {criteria.histologies.map((h) => valueLabel('histology', h)).join(', ')}
      </DescriptionItem>
      <DescriptionItem label="BRCA1/2 carriers">
        {criteria.excludeBrcaCarriers ? 'Excluded' : 'Not excluded'}
      </DescriptionItem>
      <DescriptionItem label="Node-negative pathologic stages (cN0 counts before surgery)">
        {criteria.nodeNegativeStages.join(', ')}
      </DescriptionItem>
      <DescriptionItem label="Added risk-adapted triggers">
        {triggers.length === 0 ? 'None (the TARGIT defaults only)' : triggers.join(', ')}
      </DescriptionItem>
    </SimpleGrid>
  );
}
