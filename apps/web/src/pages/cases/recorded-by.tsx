import type { PersonRef } from '@openiort/contract';
import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DescriptionItem } from '../../components/description-item.tsx';
import { LocalTime } from '../../components/local-time.tsx';

/** Who recorded a step and when, and its version. */
export function RecordedBy({
  by,
  at,
  version,
  verb,
}: {
  by: PersonRef;
  at: string;
  version?: number;
  /** "Recorded" unless told. */
  verb?: string;
}) {
  const { t } = useTranslation('clinician');
  return (
    <Text size="xs" c="gray.7">
      {t('cases.recordedBy', { verb: verb ?? t('cases.verb.recorded'), name: by.displayName })}
      <LocalTime iso={at} />
      {version !== undefined && version > 1
        ? t('cases.recordedVersion', { version: String(version) })
        : ''}
    </Text>
  );
}

/** A step's facts as a description list. */
export function Facts({ items }: { items: [label: string, value: ReactNode][] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" my={0}>
      {items.map(([label, value]) => (
        <DescriptionItem key={label} label={label}>
          {value}
        </DescriptionItem>
      ))}
    </SimpleGrid>
  );
}
