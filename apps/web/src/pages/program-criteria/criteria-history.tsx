import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramCriteriaVersion } from '../../api/program-criteria.ts';
import { valueLabel } from '../../clinical/fact-labels.ts';
import { LocalTime } from '../../components/local-time.tsx';

/** Every saved version, newest first, with what each one said. */
export function CriteriaHistory({ versions }: { versions: readonly ProgramCriteriaVersion[] }) {
  const { t } = useTranslation('clinician');
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('programCriteria.table.version')}</Table.Th>
            <Table.Th scope="col">{t('programCriteria.savedTitle')}</Table.Th>
            <Table.Th scope="col">{t('programCriteria.table.by')}</Table.Th>
            <Table.Th scope="col">{t('programCriteria.age')}</Table.Th>
            <Table.Th scope="col">{t('programCriteria.table.size')}</Table.Th>
            <Table.Th scope="col">{t('programCriteria.histologies')}</Table.Th>
            <Table.Th scope="col">{t('programCriteria.table.brca')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((entry) => (
            <Table.Tr key={entry.version}>
              <Table.Td ff="monospace">{entry.version}</Table.Td>
              <Table.Td>
                {entry.createdAt === null ? (
                  t('programCriteria.table.builtIn')
                ) : (
                  <LocalTime iso={entry.createdAt} />
                )}
              </Table.Td>
              <Table.Td>
                {entry.createdBy?.displayName ?? t('programCriteria.table.builtInDefault')}
              </Table.Td>
              <Table.Td>
                {t('programCriteria.table.ageOver', {
                  years: entry.criteria.minAgeExclusiveYears,
                })}
              </Table.Td>
              <Table.Td>
                {t('programCriteria.table.sizeUnder', { mm: entry.criteria.maxSizeExclusiveMm })}
              </Table.Td>
              <Table.Td>
                {entry.criteria.histologies.map((h) => valueLabel('histology', h)).join(', ')}
              </Table.Td>
              <Table.Td>
                {entry.criteria.excludeBrcaCarriers
                  ? t('programCriteria.excluded')
                  : t('programCriteria.table.allowed')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
