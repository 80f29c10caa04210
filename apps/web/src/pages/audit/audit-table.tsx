import type { AuditEntry } from '@openiort/contract';
import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuditRow } from './audit-row.tsx';

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation('clinician');
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">#</Table.Th>
            <Table.Th scope="col" w={120}>
              {t('audit.table.time')}
            </Table.Th>
            <Table.Th scope="col">{t('audit.table.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.filters.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.patientOrRecord')}</Table.Th>
            <Table.Th scope="col" w={100}>
              {t('audit.filters.outcome')}
            </Table.Th>
            <Table.Th scope="col">{t('audit.table.clientAddress')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('audit.table.details')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <AuditRow key={entry.seq} entry={entry} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
