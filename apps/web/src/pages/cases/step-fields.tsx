import { ROLE_LABELS, ROLES, type Role } from '@openiort/contract';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface FieldSpec {
  name: string;
  label: string;
  kind: 'text' | 'date' | 'textarea' | 'number' | 'select' | 'checkbox' | 'attendees';
  options?: readonly { value: string; label: string }[];
  description?: string;
  required?: boolean;
}

export interface Attendee {
  name: string;
  role: Role;
}

const ROLE_OPTIONS = ROLES.filter((r) => r !== 'admin').map((r) => ({
  value: r,
  label: ROLE_LABELS[r],
}));

/** Attendees of the team meeting: a name and a role per row. */
function AttendeesInput({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('clinician');
  const rows = JSON.parse(value === '' ? '[]' : value) as Attendee[];
  const set = (next: Attendee[]) => {
    onChange(JSON.stringify(next));
  };
  return (
    <Stack gap="xs" role="group" aria-label={t('cases.fields.attendees')}>
      {rows.map((row, i) => (
        <Group key={i} align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label={t('cases.fields.attendee', { number: String(i + 1) })}
            value={row.name}
            error={i === 0 ? error : undefined}
            onChange={(e) => {
              set(rows.map((r, j) => (j === i ? { ...r, name: e.currentTarget.value } : r)));
            }}
          />
          <NativeSelect
            label={t('cases.fields.attendeeRole', { number: String(i + 1) })}
            data={ROLE_OPTIONS}
            value={row.role}
            onChange={(e) => {
              set(
                rows.map((r, j) => (j === i ? { ...r, role: e.currentTarget.value as Role } : r)),
              );
            }}
          />
          <Button
            variant="subtle"
            color="red"
            onClick={() => {
              set(rows.filter((_, j) => j !== i));
            }}
          >
            {t('cases.fields.remove')}
          </Button>
        </Group>
      ))}
      <Button
        variant="default"
        onClick={() => {
          set([...rows, { name: '', role: 'radiation-oncologist' }]);
        }}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('cases.fields.addAttendee')}
      </Button>
    </Stack>
  );
}

interface StepFieldProps {
  spec: FieldSpec;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** One input of a step form, its value kept as text. */
export function StepField({ spec, value, error, onChange }: StepFieldProps) {
  const { t } = useTranslation('clinician');
  const common = {
    label: spec.label,
    description: spec.description,
    required: spec.required ?? true,
    error,
  };
  const text = (e: { currentTarget: { value: string } }) => {
    onChange(e.currentTarget.value);
  };
  switch (spec.kind) {
    case 'text':
      return <TextInput {...common} value={value} onChange={text} />;
    case 'date':
      return <TextInput {...common} type="date" value={value} onChange={text} />;
    case 'textarea':
      return <Textarea {...common} autosize minRows={2} value={value} onChange={text} />;
    case 'number':
      return (
        <NumberInput
          {...common}
          value={value}
          onChange={(v) => {
            onChange(String(v));
          }}
        />
      );
    case 'select':
      return (
        <NativeSelect
          {...common}
          data={[{ value: '', label: t('common.choose') }, ...(spec.options ?? [])]}
          value={value}
          onChange={text}
        />
      );
    case 'checkbox':
      return (
        <Checkbox
          label={spec.label}
          description={spec.description}
          error={error}
          checked={value === 'true'}
          onChange={(e) => {
            onChange(e.currentTarget.checked ? 'true' : '');
          }}
        />
      );
    case 'attendees':
      return <AttendeesInput value={value} error={error} onChange={onChange} />;
  }
}
