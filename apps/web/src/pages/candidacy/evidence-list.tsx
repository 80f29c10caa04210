import type { Finding } from '@openiort/guidelines';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { factLabel, formatFactValue } from '../../clinical/fact-labels.ts';

/** The fact values a criterion read, with units; unknown ones say so. */
export function EvidenceList({ evidence }: { evidence: Finding['evidence'] }) {
  const { t } = useTranslation('clinician');
  const entries = Object.entries(evidence);
  if (entries.length === 0) return null;
  return (
    <Text size="sm" component="div">
      <Text span size="sm" c="gray.7">
        {t('candidacy.evidence.label')}{' '}
      </Text>
      {entries.map(([name, value], index) => (
        <Text span size="sm" key={name}>
          {index > 0 && ' · '}
          {factLabel(name)}{' '}
          <Text span size="sm" fw={600} fs={value === null ? 'italic' : undefined}>
            {formatFactValue(name, value)}
          </Text>
        </Text>
      ))}
    </Text>
  );
}
