import { Button, Group, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Paper = 'program' | 'a4' | 'letter';

/**
 * Opens the printable plan report (PDF, made by the server from the stored version) in a new tab.
 * The paper is the program's setting unless A4 or Letter is chosen here.
 */
export function PlanReportLink({ planId, unsaved }: { planId: string; unsaved: boolean }) {
  const { t } = useTranslation('clinician');
  const [paper, setPaper] = useState<Paper>('program');
  const query = paper === 'program' ? '' : `?paper=${paper}`;
  return (
    <Group className="no-print" gap="sm" wrap="wrap">
      <Button
        component="a"
        variant="light"
        href={`/api/plans/${encodeURIComponent(planId)}/report.pdf${query}`}
        target="_blank"
        rel="noopener"
      >
        {t('planning.report.print')}
      </Button>
      <SegmentedControl
        aria-label={t('planning.report.paperLabel')}
        size="xs"
        value={paper}
        onChange={(value) => {
          setPaper(value);
        }}
        data={[
          { value: 'program', label: t('planning.report.programPaper') },
          { value: 'a4', label: t('planning.report.a4') },
          { value: 'letter', label: t('planning.report.letter') },
        ]}
      />
      {unsaved && (
        <Text size="sm" c="gray.7">
          {t('planning.report.unsaved')}
        </Text>
      )}
    </Group>
  );
}
