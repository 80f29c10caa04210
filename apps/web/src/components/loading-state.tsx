import { Center, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A quiet "loading" line, announced to screen readers. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation('clinician');
  return (
    <Center py="xl" role="status">
      <Group gap="sm">
        <Loader size="sm" />
        <Text>{label ?? t('common.loading')}</Text>
      </Group>
    </Center>
  );
}
