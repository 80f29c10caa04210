import { CASE_STEP_LABELS, type CaseSummary } from '@openiort/contract';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCreateCase, usePatientCases } from '../../api/cases.ts';
import { errorMessage, isApiError } from '../../api/api-error.ts';
import { sortFieldErrors } from '../../api/field-errors.ts';
import { useCan } from '../../auth/session-context.ts';
import { localToday } from '../../components/format.ts';
import { QueriesState } from '../../components/queries-state.tsx';
import { StepField, type FieldSpec } from './step-fields.tsx';
import { lateralityLabel, rolesText } from './step-labels.ts';

const REFERRAL_FIELDS: FieldSpec[] = [
  { name: 'referredBy', label: 'Referred by', kind: 'text' },
  { name: 'referralDate', label: 'Referral date', kind: 'date' },
  { name: 'reason', label: 'Reason for referral', kind: 'textarea' },
];

/** The surgeon's referral opens a case for one breast. */
function NewCaseForm({ patientId, onCancel }: { patientId: string; onCancel: () => void }) {
  const navigate = useNavigate();
  const create = useCreateCase(patientId);
  const [laterality, setLaterality] = useState('left');
  const [values, setValues] = useState<Record<string, string>>({ referralDate: localToday() });
  const errors = sortFieldErrors<string>(
    isApiError(create.error)
      ? create.error.fieldErrors.map((e) => ({ ...e, path: e.path.replace(/^referral\./, '') }))
      : [],
    ['referredBy', 'referralDate', 'reason', 'laterality'],
  );
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(
          { laterality, referral: values },
          { onSuccess: (view) => void navigate(`/app/cases/${view.id}`) },
        );
      }}
    >
      <Stack gap="sm">
        {create.isError && (
          <Alert color="red" role="alert" title="The case was not opened">
            {errorMessage(create.error)}
          </Alert>
        )}
        <NativeSelect
          label="Breast"
          required
          data={[
            { value: 'left', label: 'Left' },
            { value: 'right', label: 'Right' },
          ]}
          value={laterality}
          onChange={(e) => {
            setLaterality(e.currentTarget.value);
          }}
        />
        {REFERRAL_FIELDS.map((spec) => (
          <StepField
            key={spec.name}
            spec={spec}
            value={values[spec.name] ?? ''}
            error={errors.fields[spec.name]}
            onChange={(value) => {
              setValues((old) => ({ ...old, [spec.name]: value }));
            }}
          />
        ))}
        <Group>
          <Button type="submit" loading={create.isPending}>
            Refer for IORT
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CaseRow({ item }: { item: CaseSummary }) {
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Anchor component={Link} to={`/app/cases/${item.id}`} fw={600}>
          {lateralityLabel(item.laterality)}
        </Anchor>
        <Badge variant="light" color={item.status === 'open' ? 'blue' : 'gray'}>
          {item.status}
        </Badge>
      </Group>
      <Text size="sm">
        {item.next === null
          ? 'Nothing waits.'
          : `Waits for ${CASE_STEP_LABELS[item.next.step].toLowerCase()} — ${rolesText(item.next.roles)}`}
        {item.operationDate !== null ? ` · operation ${item.operationDate}` : ''}
      </Text>
    </Paper>
  );
}

/** The "Cases" section of the patient page: each breast's course of IORT. */
export function PatientCases({ patientId }: { patientId: string }) {
  const cases = usePatientCases(patientId);
  const canRefer = useCan('case:refer');
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3">
          Cases
        </Title>
        {canRefer && !adding && (
          <Button
            variant="default"
            onClick={() => {
              setAdding(true);
            }}
          >
            New case
          </Button>
        )}
      </Group>
      <QueriesState queries={[cases]} loadingLabel="Loading the cases…" />
      {cases.data?.items.length === 0 && !adding && (
        <Text size="sm" c="gray.7">
          No case yet. A case is one course of IORT for one breast; the surgeon opens it with a
          referral.
        </Text>
      )}
      {cases.data?.items.map((item) => (
        <CaseRow key={item.id} item={item} />
      ))}
      {adding && (
        <Paper withBorder p="md">
          <NewCaseForm
            patientId={patientId}
            onCancel={() => {
              setAdding(false);
            }}
          />
        </Paper>
      )}
    </Stack>
  );
}
