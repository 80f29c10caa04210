import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PagerProps {
  total: number;
  limit: number;
  offset: number;
  onOffsetChange: (offset: number) => void;
  /** What is being counted, plural: "patients", "entries". */
  noun: string;
}

/** "21–40 of 112 patients" with Previous / Next: simple and keyboard-friendly. */
export function Pager({ total, limit, offset, onOffsetChange, noun }: PagerProps) {
  const { t } = useTranslation('clinician');
  if (total === 0) return null;
  const first = offset + 1;
  const last = Math.min(offset + limit, total);
  return (
    <Group justify="space-between" mt="md" component="nav" aria-label={t('pager.label', { noun })}>
      <Text size="sm" aria-live="polite">
        {t('pager.range', { first, last, total, noun })}
      </Text>
      <Group gap="xs">
        <Button
          variant="default"
          size="sm"
          disabled={offset === 0}
          onClick={() => {
            onOffsetChange(Math.max(0, offset - limit));
          }}
        >
          {t('pager.previous')}
        </Button>
        <Button
          variant="default"
          size="sm"
          disabled={last >= total}
          onClick={() => {
            onOffsetChange(offset + limit);
          }}
        >
          {t('pager.next')}
        </Button>
      </Group>
    </Group>
  );
}
