import type { StoredPlan } from '@openiort/contract';
import { Badge, Table, Text } from '@mantine/core';
import { localDateTime } from '../../components/format.ts';
import { LocalTime } from '../../components/local-time.tsx';
import { ShowColumnHeader, ShowRowCell } from '../../components/show-row-cell.tsx';
import { formatMmSs } from './plan-format.ts';

interface PlanHistoryProps {
  plans: readonly StoredPlan[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

function prescription(plan: StoredPlan): string {
  const { doseGy, to, depthCm } = plan.input.prescription;
  return to === 'surface'
    ? `${String(doseGy)} Gy, surface`
    : `${String(doseGy)} Gy at ${String(depthCm)} cm`;
}

/** The patient's plans, newest first, each at its current version; choosing one opens it. */
export function PlanHistory({ plans, selectedId, onSelect }: PlanHistoryProps) {
  if (plans.length === 0) {
    return <Text>No saved plans yet. Enter the inputs and choose “Save plan”.</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" highlightOnHover aria-label="Saved plans">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Created</Table.Th>
            <Table.Th scope="col">Version</Table.Th>
            <Table.Th scope="col">Fill</Table.Th>
            <Table.Th scope="col">Prescription</Table.Th>
            <Table.Th scope="col">Time</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Signatures</Table.Th>
            <ShowColumnHeader />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((plan) => {
            const selected = plan.id === selectedId;
            return (
              <Table.Tr key={plan.id} bg={selected ? 'blue.0' : undefined}>
                <Table.Td>
                  <LocalTime iso={plan.createdAt} />
                  <Text size="xs" c="gray.7">
                    {plan.createdBy.displayName}
                  </Text>
                </Table.Td>
                <Table.Td>{plan.version}</Table.Td>
                <Table.Td>{plan.input.applicator.fillVolumeCc} cc</Table.Td>
                <Table.Td>{prescription(plan)}</Table.Td>
                <Table.Td>
                  {plan.output.status === 'ok' ? formatMmSs(plan.output.totalTimeS) : '—'}
                </Table.Td>
                <Table.Td>
                  {plan.output.status === 'ok' ? (
                    <Badge color={plan.demonstration ? 'orange' : 'green'} variant="light">
                      {plan.demonstration ? 'Demonstration' : 'Computed'}
                    </Badge>
                  ) : (
                    <Badge color="red" variant="light">
                      Refused
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{plan.signatures.length}</Table.Td>
                <ShowRowCell
                  selected={selected}
                  label={`Show the plan of ${localDateTime(plan.createdAt)}`}
                  onShow={() => {
                    onSelect(plan.id);
                  }}
                />
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
