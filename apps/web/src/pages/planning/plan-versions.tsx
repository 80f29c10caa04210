import type { StoredPlan } from '@openiort/contract';
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LocalTime } from '../../components/local-time.tsx';
import { ShowColumnHeader, ShowRowCell } from '../../components/show-row-cell.tsx';
import { formatMmSs } from './plan-format.ts';

interface PlanVersionsProps {
  versions: readonly StoredPlan[];
  currentVersion: number;
  shownVersion: number;
  onShow: (version: number) => void;
}

/** Every saved version of the plan shown: which is current, which is signed, and each one's result. */
export function PlanVersions({
  versions,
  currentVersion,
  shownVersion,
  onShow,
}: PlanVersionsProps) {
  const { t } = useTranslation('clinician');
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" aria-label={t('planning.versions.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('planning.versions.version')}</Table.Th>
            <Table.Th scope="col">{t('planning.versions.saved')}</Table.Th>
            <Table.Th scope="col">{t('planning.versions.result')}</Table.Th>
            <Table.Th scope="col">{t('planning.versions.signatures')}</Table.Th>
            <ShowColumnHeader />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((v) => (
            <Table.Tr key={v.version} bg={v.version === shownVersion ? 'blue.0' : undefined}>
              <Table.Td>
                {v.version}{' '}
                {v.version === currentVersion && (
                  <Badge size="sm" variant="light" color="blue">
                    {t('planning.versions.current')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <LocalTime iso={v.updatedAt} />
                <Text size="xs" c="gray.7">
                  {v.updatedBy.displayName}
                </Text>
              </Table.Td>
              <Table.Td>
                {v.output.status === 'ok' ? (
                  t('planning.versions.time', { time: formatMmSs(v.output.totalTimeS) })
                ) : (
                  <Badge color="red" variant="light">
                    {t('planning.versions.refused')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {v.signatures.length === 0
                  ? t('planning.versions.none')
                  : v.signatures.map((s) => `${s.kind}: ${s.userName}`).join('; ')}
                {v.version !== currentVersion && v.signatures.length > 0 && (
                  <Text size="xs" c="gray.7">
                    {t('planning.versions.lapsed')}
                  </Text>
                )}
              </Table.Td>
              <ShowRowCell
                selected={v.version === shownVersion}
                label={t('planning.versions.show', { version: String(v.version) })}
                onShow={() => {
                  onShow(v.version);
                }}
              />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
