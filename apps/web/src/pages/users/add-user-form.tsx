import { PASSWORD_MIN_LENGTH, ROLES, ROLE_LABELS, userCreateSchema } from '@openiort/contract';
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  PasswordInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '../../api/api-error.ts';
import { sortFieldErrors, validateForm, type SortedErrors } from '../../api/field-errors.ts';
import { useCreateUser } from '../../api/users.ts';
import { useFormState } from '../../components/use-form-state.ts';

const FIELDS = ['email', 'displayName', 'role', 'password'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

const EMPTY: Values = { email: '', displayName: '', role: '', password: '' };
const NO_ERRORS: SortedErrors<Field> = { fields: {}, other: [] };

/**
 * Adds a staff account. The new person signs in with the password given here once, then must
 * choose their own: the administrator knows this one.
 */
export function AddUserForm() {
  const create = useCreateUser();
  const { values, setValues, setErrors, bind } = useFormState<Field>(EMPTY);
  const [added, setAdded] = useState<string | null>(null);
  const { t } = useTranslation('clinician');
  const roleOptions = [
    { value: '', label: t('common.choose') },
    ...ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
  ];

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    setAdded(null);
    const checked = validateForm(userCreateSchema, values, FIELDS);
    if (!checked.ok) {
      if (values.role === '' && checked.errors.fields.role !== undefined) {
        checked.errors.fields.role = t('users.addForm.chooseRole');
      }
      setErrors(checked.errors);
      return;
    }
    setErrors(NO_ERRORS);
    create.mutate(checked.data, {
      onSuccess: (user) => {
        setValues(EMPTY);
        setAdded(t('users.addForm.added', { name: user.displayName, email: user.email }));
      },
      onError: (error) => {
        if (isApiError(error)) setErrors(sortFieldErrors(error.fieldErrors, FIELDS));
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('users.add')}>
      <Stack>
        {added !== null && (
          <Alert color="green" role="status" title={t('users.addForm.addedTitle')}>
            {added}
          </Alert>
        )}
        {create.isError && (
          <Alert color="red" role="alert" title={t('users.addForm.notAdded')}>
            {create.error.message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('users.email')}
            type="email"
            autoComplete="off"
            required
            {...bind('email')}
          />
          <TextInput label={t('users.name')} autoComplete="off" required {...bind('displayName')} />
          <NativeSelect label={t('users.role')} required data={roleOptions} {...bind('role')} />
          <PasswordInput
            label={t('users.addForm.initialPassword')}
            description={t('users.addForm.initialPasswordHint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            {...bind('password')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('users.addForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
