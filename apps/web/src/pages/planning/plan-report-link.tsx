import { Button, Group, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';

type Paper = 'program' | 'a4' | 'letter';

/**
 * Opens the printable plan report (PDF, made by the server from the stored version) in a new tab.
 * The paper is the program's setting unless A4 or Letter is chosen here.
 */
export function PlanReportLink({ planId, unsaved }: { planId: string; unsaved: boolean }) {
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
        Print plan report (PDF)
      </Button>
      <SegmentedControl
        aria-label="Paper size of the plan report"
        size="xs"
        value={paper}
        onChange={(value) => {
          setPaper(value);
        }}
        data={[
          { value: 'program', label: 'Program paper' },
          { value: 'a4', label: 'A4' },
          { value: 'letter', label: 'Letter' },
        ]}
      />
      {unsaved && (
        <Text size="sm" c="gray.7">
          The report shows the saved version, not the changes on screen.
        </Text>
      )}
    </Group>
  );
}
