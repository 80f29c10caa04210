import type { ProgramCriteria } from '@openiort/guidelines';
import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { valueLabel } from '../../clinical/fact-labels.ts';
import { DescriptionItem } from '../../components/description-item.tsx';
import { TRIGGER_LABELS } from './criteria-form-values.ts';

/** One version of the program's criteria, as a description list. */
export function CriteriaSummary({ criteria }: { criteria: ProgramCriteria }) {
  const { t } = useTranslation('clinician');
  const triggers = criteria.extraRiskAdaptedTriggers.map((id) => t(TRIGGER_LABELS[id]));
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
      <DescriptionItem label={t('programCriteria.age')}>
        {t('programCriteria.olderThan', { years: criteria.minAgeExclusiveYears })}
      </DescriptionItem>
      <DescriptionItem label={t('programCriteria.tumourSize')}>
        {t('programCriteria.smallerThan', { mm: criteria.maxSizeExclusiveMm })}
      </DescriptionItem>
      <DescriptionItem label={t('programCriteria.histologies')}>
        {criteria.histologies.map((h) => valueLabel('histology', h)).join(', ')}
      </DescriptionItem>
      <DescriptionItem label={t('programCriteria.brcaCarriers')}>
        {criteria.excludeBrcaCarriers
          ? t('programCriteria.excluded')
          : t('programCriteria.notExcluded')}
      </DescriptionItem>
      <DescriptionItem label={t('programCriteria.nodeNegativeStages')}>
        {criteria.nodeNegativeStages.join(', ')}
      </DescriptionItem>
      <DescriptionItem label={t('programCriteria.addedTriggers')}>
        {triggers.length === 0 ? t('programCriteria.noAddedTriggers') : triggers.join(', ')}
      </DescriptionItem>
    </SimpleGrid>
  );
}
