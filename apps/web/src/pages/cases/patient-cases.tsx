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
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCreateCase, usePatientCases } from '../../api/cases.ts';
import { errorMessage, isApiError } from '../../api/api-error.ts';
import { sortFieldErrors } from '../../api/field-errors.ts';
import { useCan } from '../../auth/session-context.ts';
import { localToday } from '../../components/format.ts';
import { QueriesState } from '../../components/queries-state.tsx';
import { StepField, type FieldSpec } from './step-fields.tsx';
import { CASE_STATUS_LABELS, lateralityLabel, rolesText } from './step-labels.ts';

/** The referral's fields; their labels are clinician strings keys. */
const REFERRAL_FIELDS: FieldSpec[] = [
  { name: 'referredBy', label: 'cases.referral.referredBy', kind: 'text' },
  { name: 'referralDate', label: 'cases.referral.referralDate', kind: 'date' },
  { name: 'reason', label: 'cases.referral.reason', kind: 'textarea' },
];

/** The surgeon's referral opens a case for one breast. */
function NewCaseForm({ patientId, onCancel }: { patientId: string; onCancel: () => void }) {
  const { t } = useTranslation('clinician');
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
          <Alert color="red" role="alert" title={t('cases.patientCases.notOpened')}>
            {errorMessage(create.error)}
          </Alert>
        )}
        <NativeSelect
          label={t('cases.patientCases.breast')}
          required
          data={[
            { value: 'left', label: t('cases.patientCases.left') },
            { value: 'right', label: t('cases.patientCases.right') },
          ]}
          value={laterality}
          onChange={(e) => {
            setLaterality(e.currentTarget.value);
          }}
        />
        {REFERRAL_FIELDS.map((spec) => (
          <StepField
            key={spec.name}
            spec={{ ...spec, label: t(spec.label) }}
            value={values[spec.name] ?? ''}
            error={errors.fields[spec.name]}
            onChange={(value) => {
              setValues((old) => ({ ...old, [spec.name]: value }));
            }}
          />
        ))}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('cases.patientCases.refer')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CaseRow({ item }: { item: CaseSummary }) {
  const { t } = useTranslation('clinician');
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Anchor component={Link} to={`/app/cases/${item.id}`} fw={600}>
          {lateralityLabel(t, item.laterality)}
        </Anchor>
        <Badge variant="light" color={item.status === 'open' ? 'blue' : 'gray'}>
          {t(CASE_STATUS_LABELS[item.status])}
        </Badge>
      </Group>
      <Text size="sm">
        {item.next === null
          ? t('cases.patientCases.nothingWaits')
          : t('cases.patientCases.waitsFor', {
              step: CASE_STEP_LABELS[item.next.step].toLowerCase(),
              roles: rolesText(item.next.roles),
            })}
        {item.operationDate !== null
          ? t('cases.patientCases.operation', { date: item.operationDate })
          : ''}
      </Text>
    </Paper>
  );
}

/** The "Cases" section of the patient page: each breast's course of IORT. */
export function PatientCases({ patientId }: { patientId: string }) {
  const { t } = useTranslation('clinician');
  const cases = usePatientCases(patientId);
  const canRefer = useCan('case:refer');
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('cases.patientCases.title')}
        </Title>
        {canRefer && !adding && (
          <Button
            variant="default"
            onClick={() => {
              setAdding(true);
            }}
          >
            {t('cases.patientCases.newCase')}
          </Button>
        )}
      </Group>
      <QueriesState queries={[cases]} loadingLabel={t('cases.patientCases.loading')} />
      {cases.data?.items.length === 0 && !adding && (
        <Text size="sm" c="gray.7">
          {t('cases.patientCases.none')}
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
