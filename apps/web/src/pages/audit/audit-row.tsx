import { ROLE_LABELS, ROLES, type AuditEntry, type Role } from '@openiort/contract';
import { Button, Code, SimpleGrid, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { patientName } from '../../components/format.ts';
import { LocalTime } from '../../components/local-time.tsx';
import { AuditChanges } from './audit-changes.tsx';
import { OutcomeBadge } from './outcome-badge.tsx';

function roleLabel(role: string | null): string {
  if (role === null) return '';
  return (ROLES as readonly string[]).includes(role) ? ROLE_LABELS[role as Role] : role;
}

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  const { t } = useTranslation('clinician');
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {label}
      </Text>
      {value === null || value === undefined ? (
        <Text size="sm">{t('audit.row.none')}</Text>
      ) : (
        <Code block className="json-block">
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </div>
  );
}

/** One audit entry, with its detail and before/after values behind a toggle. */
export function AuditRow({ entry }: { entry: AuditEntry }) {
  const [open, setOpen] = useState(false);
  const { t } = useTranslation('clinician');
  const detailsId = `audit-${entry.seq}-details`;
  return (
    <>
      <Table.Tr>
        <Table.Td>{entry.seq}</Table.Td>
        <Table.Td>
          <LocalTime iso={entry.at} />
        </Table.Td>
        <Table.Td>
          <Text size="sm">{entry.actorEmail ?? t('audit.row.nobody')}</Text>
          <Text size="xs" c="gray.7">
            {roleLabel(entry.actorRole)}
          </Text>
        </Table.Td>
        <Table.Td ff="monospace">{entry.action}</Table.Td>
        <Table.Td>
          {entry.patient === null ? (
            <>
              {entry.recordType ?? ''}{' '}
              <Text span ff="monospace" size="sm">
                {entry.recordId ?? ''}
              </Text>
            </>
          ) : (
            <>
              <Text size="sm" fw={600}>
                {patientName(entry.patient)}
              </Text>
              <Text size="xs">
                {t('audit.row.mrn')}{' '}
                <Text span ff="monospace" size="xs">
                  {entry.patient.mrn}
                </Text>
                {entry.recordType === 'plan' && t('audit.row.plan')}
              </Text>
            </>
          )}
        </Table.Td>
        <Table.Td>
          <OutcomeBadge outcome={entry.outcome} />
        </Table.Td>
        <Table.Td ff="monospace">{entry.clientAddress ?? ''}</Table.Td>
        <Table.Td>
          <Button
            size="compact-sm"
            // Default variant: dark text on white, readable in striped and opened rows alike.
            variant="default"
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={t(open ? 'audit.row.hideDetailsOf' : 'audit.row.showDetailsOf', {
              seq: entry.seq,
            })}
            onClick={() => {
              setOpen(!open);
            }}
          >
            {open ? t('audit.row.hide') : t('audit.table.details')}
          </Button>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={8} bg="gray.0">
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <JsonBlock label={t('audit.row.detail')} value={entry.detail} />
              <AuditChanges before={entry.before} after={entry.after} />
            </SimpleGrid>
            {entry.recordId !== null && (
              <Text size="xs" mt="xs">
                {t('audit.row.record', { type: entry.recordType ?? '' })}{' '}
                <Text span ff="monospace" size="xs">
                  {entry.recordId}
                </Text>
              </Text>
            )}
            <Text size="xs" mt="xs" ff="monospace" c="gray.7">
              {t('audit.row.hash', { hash: entry.hash })}
            </Text>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
