import type { StoredPlan } from '@openiort/contract';
import { Badge, Group, Text } from '@mantine/core';
import { LocalTime } from '../../components/local-time.tsx';

/** Whether the result shown is the stored plan or a preview computed in the browser. */
export function PlanStatus({ saved, updating }: { saved: StoredPlan | null; updating: boolean }) {
  if (saved !== null) {
    return (
      <Group gap="sm" wrap="wrap">
        <Badge color="green" size="lg" variant="light">
          Saved version {saved.version}
        </Badge>
        <Text size="sm" c="gray.7">
          Computed by the server (engine {saved.engineVersion}), saved by{' '}
          {saved.updatedBy.displayName}, <LocalTime iso={saved.updatedAt} />. Model checksum{' '}
          <Text span ff="monospace" size="xs" title={saved.sourceModelChecksum}>
            {saved.sourceModelChecksum.slice(0, 12)}…
          </Text>
        </Text>
      </Group>
    );
  }
  return (
    <Group gap="sm" wrap="wrap">
      <Badge color="orange" size="lg" variant="light">
        Preview — not saved
      </Badge>
      <Text size="sm" c="gray.7" role="status">
        {updating ? 'Updating the preview…' : 'Computed in this browser as you type.'} Saving
        computes it again on the server and stores it.
      </Text>
    </Group>
  );
}
