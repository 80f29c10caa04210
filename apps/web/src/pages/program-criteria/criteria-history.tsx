import { Table } from '@mantine/core';
import type { ProgramCriteriaVersion } from '../../api/program-criteria.ts';
import { valueLabel } from '../../clinical/fact-labels.ts';
import { LocalTime } from '../../components/local-time.tsx';

/** Every saved version, newest first, with what each one said. */
export function CriteriaHistory({ versions }: { versions: readonly ProgramCriteriaVersion[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Version</Table.Th>
            <Table.Th scope="col">Saved</Table.Th>
            <Table.Th scope="col">By</Table.Th>
            <Table.Th scope="col">Age</Table.Th>
            <Table.Th scope="col">Size</Table.Th>
            <Table.Th scope="col">Histologies</Table.Th>
            <Table.Th scope="col">BRCA carriers</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((entry) => (
            <Table.Tr key={entry.version}>
              <Table.Td ff="monospace">{entry.version}</Table.Td>
              <Table.Td>
                {entry.createdAt === null ? 'Built in' : <LocalTime iso={entry.createdAt} />}
              </Table.Td>
              <Table.Td>{entry.createdBy?.displayName ?? 'Built-in default'}</Table.Td>
              <Table.Td>&gt; {entry.criteria.minAgeExclusiveYears} y</Table.Td>
              <Table.Td>&lt; {entry.criteria.maxSizeExclusiveMm} mm</Table.Td>
              <Table.Td>
                {entry.criteria.histologies.map((h) => valueLabel('histology', h)).join(', ')}
              </Table.Td>
              <Table.Td>{entry.criteria.excludeBrcaCarriers ? 'Excluded' : 'Allowed'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
