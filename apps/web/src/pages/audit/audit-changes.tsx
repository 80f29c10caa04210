import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TEXT_COLORS } from '../../theme.ts';
import { fieldChanges } from './audit-diff.ts';

/** Before and after side by side, one field a row; changed rows are marked in words and shaded. */
export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation('clinician');
  const changes = fieldChanges(before, after);
  if (changes === null) return <Text size="sm">{t('audit.changes.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table withTableBorder verticalSpacing={4} className="audit-changes">
        <Table.Caption>{t('audit.changes.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.changes.field')}</Table.Th>
            <Table.Th scope="col">{t('audit.changes.before')}</Table.Th>
            <Table.Th scope="col">{t('audit.changes.after')}</Table.Th>
            <Table.Th scope="col">{t('audit.changes.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((c) => (
            <Table.Tr key={c.field} bg={c.changed ? 'yellow.0' : undefined}>
              <Table.Td ff="monospace">{c.field}</Table.Td>
              <Table.Td>{c.before}</Table.Td>
              <Table.Td fw={c.changed ? 700 : undefined}>{c.after}</Table.Td>
              <Table.Td>
                {c.changed ? (
                  <Badge variant="outline" color={TEXT_COLORS.orange} tt="none" radius="sm">
                    {t('audit.changes.changed')}
                  </Badge>
                ) : (
                  <Text size="sm">{t('audit.changes.same')}</Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
