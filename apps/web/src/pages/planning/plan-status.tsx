import type { StoredPlan } from '@openiort/contract';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LocalTime } from '../../components/local-time.tsx';

/** Whether the result shown is the stored plan or a preview computed in the browser. */
export function PlanStatus({ saved, updating }: { saved: StoredPlan | null; updating: boolean }) {
  const { t } = useTranslation('clinician');
  if (saved !== null) {
    return (
      <Group gap="sm" wrap="wrap">
        <Badge color="green" size="lg" variant="light">
          {t('planning.status.savedVersion', { version: String(saved.version) })}
        </Badge>
        <Text size="sm" c="gray.7">
          {t('planning.status.computedBy', {
            engine: saved.engineVersion,
            name: saved.updatedBy.displayName,
          })}
          <LocalTime iso={saved.updatedAt} />
          {t('planning.status.checksum')}
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
        {t('planning.status.preview')}
      </Badge>
      <Text size="sm" c="gray.7" role="status">
        {updating ? t('planning.status.updating') : t('planning.status.computedHere')}
        {t('planning.status.savingComputes')}
      </Text>
    </Group>
  );
}
