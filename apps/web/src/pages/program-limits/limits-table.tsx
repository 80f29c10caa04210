import type { ProgramLimitsDto } from '@openiort/contract';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMIT_ROWS } from './limit-rows.ts';

interface LimitsTableProps {
  limits: ProgramLimitsDto;
  /** When given, each row also shows the value in force, so a proposal reads as a change. */
  compareTo?: ProgramLimitsDto;
  caption: string;
}

/** A limit with its unit; the strength band and the output tolerance are ± bands. */
export function limitText(row: (typeof LIMIT_ROWS)[number], limits: ProgramLimitsDto): string {
  const sign =
    row.key === 'strengthTolerancePercent' || row.key === 'outputTolerancePercent' ? '±' : '';
  return `${sign}${String(limits[row.key])} ${row.unit}`;
}

/** Every limit with its unit and meaning (and, for a proposal, the value in force). */
export function LimitsTable({ limits, compareTo, caption }: LimitsTableProps) {
  const { t } = useTranslation('clinician');
  return (
    <Table.ScrollContainer minWidth={300}>
      <Table withTableBorder verticalSpacing="xs">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('programLimits.table.limit')}</Table.Th>
            <Table.Th scope="col">
              {compareTo === undefined
                ? t('programLimits.table.value')
                : t('programLimits.table.proposed')}
            </Table.Th>
            {compareTo !== undefined && (
              <Table.Th scope="col">{t('programLimits.table.inForceNow')}</Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {LIMIT_ROWS.map((row) => {
            const changed = compareTo !== undefined && compareTo[row.key] !== limits[row.key];
            return (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={400}>
                  <Text size="sm" fw={700}>
                    {t(row.label)}
                  </Text>
                  <Text size="sm">{t(row.meaning)}</Text>
                  <Text size="xs" c="gray.7">
                    {t(row.source)}
                  </Text>
                </Table.Th>
                <Table.Td fw={changed ? 700 : undefined} style={{ whiteSpace: 'nowrap' }}>
                  {limitText(row, limits)}
                  {changed ? t('programLimits.table.changed') : ''}
                </Table.Td>
                {compareTo !== undefined && (
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{limitText(row, compareTo)}</Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
